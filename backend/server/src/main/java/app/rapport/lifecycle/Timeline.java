package app.rapport.lifecycle;

import app.rapport.api.care.CareStatus;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.care.CareActions;
import app.rapport.care.Touchpoints;
import app.rapport.client.Clients;
import app.rapport.complaint.OpenComplaints;
import app.rapport.onetoone.Dialogue;
import app.rapport.onetoone.Offers;
import app.rapport.purchase.Purchases;
import app.rapport.tier.Tiers;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A client's history in one list, newest first: touchpoints, care actions (when planned, or when closed),
 * stage changes, tier changes, purchases (at the start of their day), the dialogue and offers (when proposed, or when
 * answered), and every step of the client's complaints.
 */
@Singleton
public class Timeline {
    private final Clients clients;
    private final Touchpoints touchpoints;
    private final CareActions careActions;
    private final StageChangeRepository changes;
    private final Tiers tiers;
    private final Purchases purchases;
    private final Dialogue dialogue;
    private final Offers offers;
    private final OpenComplaints complaints;
    private final app.rapport.survey.SurveyHistory surveys;
    private final Clock clock;

    Timeline(
            Clients clients,
            Touchpoints touchpoints,
            CareActions careActions,
            StageChangeRepository changes,
            Tiers tiers,
            Purchases purchases,
            Dialogue dialogue,
            Offers offers,
            OpenComplaints complaints,
            app.rapport.survey.SurveyHistory surveys,
            Clock clock) {
        this.surveys = surveys;
        this.clients = clients;
        this.touchpoints = touchpoints;
        this.careActions = careActions;
        this.changes = changes;
        this.tiers = tiers;
        this.purchases = purchases;
        this.dialogue = dialogue;
        this.offers = offers;
        this.complaints = complaints;
        this.clock = clock;
    }

    /**
     * One page of the client's history, newest first: of one kind or all, within a period of the tenant's days (both
     * ends included) or all of it.
     */
    @Transactional
    public PageView<TimelineEntry> of(
            String clientId,
            @Nullable TimelineKind kind,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int page,
            int size) {
        ZoneId zone = clock.getZone();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        List<TimelineEntry> matching = all(clientId).stream()
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> start == null || !e.at().isBefore(start))
                .filter(e -> end == null || e.at().isBefore(end))
                .toList();
        List<TimelineEntry> items =
                matching.stream().skip((long) page * size).limit(size).toList();
        return new PageView<>(items, page, size, matching.size());
    }

    private List<TimelineEntry> all(String clientId) {
        clients.requireExists(clientId);
        List<TimelineEntry> out = new ArrayList<>();
        touchpoints
                .ofClient(clientId)
                .forEach(t -> out.add(new TimelineEntry(
                        t.at(),
                        TimelineKind.TOUCHPOINT,
                        t.id(),
                        t.channel().name(),
                        t.rating() == null ? null : String.valueOf(t.rating()),
                        null,
                        Map.of(),
                        t.what(),
                        t.recordedBy())));
        surveys.ofClient(clientId).forEach(s -> {
            Map<String, Object> figures = new java.util.LinkedHashMap<>();
            if (s.csat() != null) {
                figures.put("csat", s.csat());
            }
            if (s.nps() != null) {
                figures.put("nps", s.nps());
            }
            if (s.effort() != null) {
                figures.put("effort", s.effort());
            }
            out.add(new TimelineEntry(
                    s.at(),
                    TimelineKind.SURVEY,
                    s.invitationId(),
                    s.status().name(),
                    null,
                    null,
                    figures,
                    s.instrumentName(),
                    s.by()));
        });
        careActions.ofClient(clientId).forEach(a -> {
            boolean closed = a.closedAt() != null;
            String text = a.title()
                    + (a.outcome() != null ? " — " + a.outcome() : "")
                    + (a.closeReason() != null ? " — " + a.closeReason() : "");
            boolean cancelled = a.closeCode() == ReasonCode.STAGE_LEFT;
            out.add(new TimelineEntry(
                    closed ? a.closedAt() : a.createdAt(),
                    TimelineKind.CARE_ACTION,
                    a.id(),
                    a.kind().name(),
                    (a.status() == CareStatus.OVERDUE ? CareStatus.PLANNED : a.status()).name(),
                    a.closeCode(),
                    careArgs(a, cancelled),
                    text,
                    closed ? a.closedBy() : a.createdBy()));
        });
        changes.newestFirst(clientId)
                .forEach(c -> out.add(new TimelineEntry(
                        c.at(),
                        TimelineKind.STAGE_CHANGE,
                        c.id(),
                        c.toStage().name(),
                        c.fromStage() == null ? null : c.fromStage().name(),
                        Stages.reasonCode(c),
                        Map.of(),
                        Stages.peopleText(c),
                        c.actor())));
        tiers.ofClient(clientId)
                .history()
                .forEach(c -> out.add(new TimelineEntry(
                        c.at(),
                        TimelineKind.TIER_CHANGE,
                        c.id(),
                        c.toTierId(),
                        c.fromTierId(),
                        c.reasonCode(),
                        Map.copyOf(c.figures()),
                        c.reason(),
                        c.actor())));
        for (PurchaseView p : purchases.allOfClient(clientId)) {
            out.add(new TimelineEntry(
                    p.purchasedOn().atStartOfDay(clock.getZone()).toInstant(),
                    TimelineKind.PURCHASE,
                    p.id(),
                    null,
                    null,
                    ReasonCode.PURCHASE,
                    Map.of(
                            "quantity", p.quantity().stripTrailingZeros(),
                            "unit", p.unit(),
                            "product", p.productName(),
                            "amount", p.amount()),
                    null,
                    null));
        }
        dialogue.of(clientId, null, null, null)
                .forEach(i -> out.add(new TimelineEntry(
                        i.at(),
                        TimelineKind.INTERACTION,
                        i.id(),
                        i.channel().name(),
                        i.direction().name(),
                        null,
                        Map.of(),
                        i.summary(),
                        i.recordedBy())));
        offers.of(clientId)
                .forEach(o -> out.add(new TimelineEntry(
                        o.decidedAt() != null ? o.decidedAt() : o.proposedAt(),
                        TimelineKind.OFFER,
                        o.id(),
                        o.status().name(),
                        null,
                        null,
                        Map.of(),
                        o.kind() + " — " + o.what(),
                        o.proposedBy())));
        // newest first, so that steps taken within the same millisecond keep their order through the (stable) sort
        complaints
                .history(clientId)
                .reversed()
                .forEach(s -> out.add(new TimelineEntry(
                        s.event().at(),
                        TimelineKind.COMPLAINT,
                        s.complaintId(),
                        s.event().kind().name(),
                        String.valueOf(s.number()),
                        null,
                        s.event().args(),
                        s.event().note(),
                        s.event().actor())));
        out.sort(Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::refId));
        return out;
    }

    /**
     * A care action's arguments: the stage it was planned for when leaving that stage cancelled it, and the title of
     * one a survey planned, a code the UI words ("NPS:3", "SEND").
     */
    private static Map<String, Object> careArgs(app.rapport.api.care.CareActionView a, boolean cancelled) {
        Map<String, Object> args = new java.util.LinkedHashMap<>();
        if (cancelled && a.stage() != null) {
            args.put("stage", a.stage().name());
        }
        if (a.source() == app.rapport.api.care.CareSource.SURVEY) {
            args.put("surveyTitle", a.title());
        }
        return args;
    }
}
