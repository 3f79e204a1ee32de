package app.rapport.care;

import app.rapport.api.blueprint.StepLabel;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.FollowUp;
import app.rapport.api.care.Member;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.common.FieldCode;
import app.rapport.client.Clients;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Touchpoints: the moments of truth service staff log. Only client, channel and what happened are required; a
 * promised follow-up becomes a FOLLOW_UP care action owned by the member named, else by whoever logged it.
 */
@Singleton
public class Touchpoints {
    private final TouchpointRepository touchpoints;
    private final CareActions careActions;
    private final Members members;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final LoggableSteps steps;
    private final ApplicationEventPublisher<TouchpointLogged> logged;

    Touchpoints(
            TouchpointRepository touchpoints,
            CareActions careActions,
            Members members,
            Clients clients,
            AuditLog audit,
            Actor actor,
            Clock clock,
            LoggableSteps steps,
            ApplicationEventPublisher<TouchpointLogged> logged) {
        this.logged = logged;
        this.touchpoints = touchpoints;
        this.careActions = careActions;
        this.members = members;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.steps = steps;
    }

    @Transactional
    public TouchpointView log(TouchpointWrite write) {
        String clientId = write.clientId().strip();
        if (clients.names(List.of(clientId)).isEmpty()) {
            throw ProblemException.badField("clientId", FieldCode.NOT_A_CLIENT);
        }
        String stepId = Texts.blankToNull(write.blueprintStepId());
        if (stepId != null && !steps.isLoggable(stepId.strip())) {
            throw ProblemException.badField("blueprintStepId", FieldCode.NOT_A_TOUCHPOINT_STEP);
        }
        Instant now = Instant.now(clock);
        String id = UUID.randomUUID().toString();
        String followUpId = null;
        FollowUp f = write.followUp();
        if (f != null) {
            String owner = actor.name();
            String role = actor.tenantRole();
            if (Texts.blankToNull(f.owner()) != null) {
                Member m = members.require(f.owner().strip(), "followUp.owner");
                owner = m.username();
                role = m.role().name();
            }
            CareActionView action = careActions.schedule(
                    new CareActions.Plan(
                            clientId,
                            f.kind() == null ? CareKind.CALL : f.kind(),
                            f.title().strip(),
                            write.what().strip(),
                            f.dueOn(),
                            role,
                            CareSource.FOLLOW_UP,
                            id,
                            null,
                            null,
                            null),
                    owner);
            followUpId = action.id();
        }
        TouchpointRow row = touchpoints.save(new TouchpointRow(
                id,
                clientId,
                write.channel(),
                write.at() == null ? now : write.at(),
                write.durationMinutes(),
                write.what().strip(),
                write.rating(),
                write.sentiment(),
                write.serviceLevel(),
                Texts.blankToNull(write.contactPerson()),
                stepId == null ? null : stepId.strip(),
                followUpId,
                actor.name(),
                now));
        audit.record("CREATE", "touchpoint", id, null, row);
        if (row.blueprintStepId() != null) {
            logged.publishEvent(new TouchpointLogged(id, clientId, row.blueprintStepId(), now));
        }
        return view(
                row,
                clients.names(List.of(clientId)),
                stepId == null ? Map.of() : steps.labels(List.of(stepId.strip())));
    }

    @Transactional
    public List<TouchpointView> ofClient(String clientId) {
        clients.requireExists(clientId);
        Map<String, String> names = clients.names(List.of(clientId));
        List<TouchpointRow> rows = touchpoints.newestFirst(clientId);
        Map<String, StepLabel> stepNames = steps.labels(rows.stream()
                .map(TouchpointRow::blueprintStepId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(t -> view(t, names, stepNames)).toList();
    }

    private static TouchpointView view(TouchpointRow t, Map<String, String> names, Map<String, StepLabel> stepNames) {
        return new TouchpointView(
                t.id(),
                t.clientId(),
                names.getOrDefault(t.clientId(), ""),
                t.channel(),
                t.at(),
                t.durationMinutes(),
                t.what(),
                t.rating(),
                t.sentiment(),
                t.serviceLevel(),
                t.contactPerson(),
                t.blueprintStepId(),
                t.blueprintStepId() == null ? null : stepNames.get(t.blueprintStepId()),
                t.followUpActionId(),
                t.recordedBy());
    }
}
