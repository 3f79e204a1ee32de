package app.rapport.complaint;

import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.ComplaintWrite;
import app.rapport.care.LoggableSteps;
import app.rapport.care.Touchpoints;
import app.rapport.client.Clients;
import app.rapport.client.Contacts;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.purchase.Products;
import app.rapport.sla.SlaPolicies;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Step 1: a complaint is recorded — by hand, from a touchpoint or through the API — and handled by the one who
 * recorded it. What it refers to must exist: the client, and the contact (of that client), product, blueprint step
 * (a touchpoint step of a published blueprint: a moment of truth) and touchpoint (of that client) when given; each is named by field when it does not.
 */
@Singleton
class RecordComplaint {
    private final ComplaintRepository complaints;
    private final ComplaintSteps steps;
    private final ComplaintClocks clocks;
    private final ComplaintViews views;
    private final Clients clients;
    private final Contacts contacts;
    private final Products products;
    private final LoggableSteps blueprintSteps;
    private final Touchpoints touchpoints;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    RecordComplaint(
            ComplaintRepository complaints,
            ComplaintSteps steps,
            ComplaintClocks clocks,
            ComplaintViews views,
            Clients clients,
            Contacts contacts,
            Products products,
            LoggableSteps blueprintSteps,
            Touchpoints touchpoints,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.complaints = complaints;
        this.steps = steps;
        this.clocks = clocks;
        this.views = views;
        this.clients = clients;
        this.contacts = contacts;
        this.products = products;
        this.blueprintSteps = blueprintSteps;
        this.touchpoints = touchpoints;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    ComplaintView record(ComplaintWrite w) {
        String clientId = w.clientId().strip();
        if (clients.names(List.of(clientId)).isEmpty()) {
            throw ProblemException.badField("clientId", FieldCode.NOT_A_CLIENT, "value", clientId);
        }
        String contactId = Texts.blankToNull(w.contactId());
        if (contactId != null && contacts.contacts(clientId).stream().noneMatch(c -> c.id().equals(contactId))) {
            throw ProblemException.badField("contactId", FieldCode.INVALID, "value", contactId);
        }
        String productId = Texts.blankToNull(w.productId());
        if (productId != null && !products.exists(productId)) {
            throw ProblemException.badField("productId", FieldCode.NOT_A_PRODUCT, "value", productId);
        }
        String stepId = Texts.blankToNull(w.blueprintStepId());
        if (stepId != null && !blueprintSteps.isLoggable(stepId)) {
            throw ProblemException.badField("blueprintStepId", FieldCode.NOT_A_TOUCHPOINT_STEP, "value", stepId);
        }
        String touchpointId = Texts.blankToNull(w.touchpointId());
        if (touchpointId != null
                && touchpoints.ofClient(clientId).stream().noneMatch(t -> t.id().equals(touchpointId))) {
            throw ProblemException.badField("touchpointId", FieldCode.INVALID, "value", touchpointId);
        }
        String id = UUID.randomUUID().toString();
        complaints.save(new ComplaintRow(
                id,
                null,
                clientId,
                contactId,
                w.channel(),
                w.severity(),
                w.whatHappened().strip(),
                Texts.blankToNull(w.clientAsks()),
                productId,
                stepId,
                touchpointId,
                ComplaintStatus.RECEIVED,
                actor.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.now(clock),
                actor.name(),
                null,
                0,
                clocks.policyFor(clientId).map(SlaPolicies.Applied::id).orElse(null),
                null,
                1));
        ComplaintRow row = complaints.findById(id).orElseThrow();
        clocks.start(row);
        steps.note(
                null,
                new ComplaintSteps.Outcome(
                        row,
                        ComplaintEventKind.RECEIVED,
                        null,
                        Map.of("severity", w.severity().name())));
        audit.record("CREATE", "complaint", id, null, row);
        return views.of(row);
    }
}
