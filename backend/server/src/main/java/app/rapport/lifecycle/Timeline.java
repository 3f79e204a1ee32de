package app.rapport.lifecycle;

import app.rapport.api.care.CareStatus;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.care.CareActions;
import app.rapport.care.Touchpoints;
import app.rapport.client.Clients;
import app.rapport.onetoone.Dialogue;
import app.rapport.purchase.Purchases;
import app.rapport.tier.Tiers;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A client's history in one list, newest first: touchpoints, care actions (when planned, or when closed),
 * stage changes, tier changes, purchases (at the start of their day) and the dialogue.
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
    private final Clock clock;

    Timeline(
            Clients clients,
            Touchpoints touchpoints,
            CareActions careActions,
            StageChangeRepository changes,
            Tiers tiers,
            Purchases purchases,
            Dialogue dialogue,
            Clock clock) {
        this.clients = clients;
        this.touchpoints = touchpoints;
        this.careActions = careActions;
        this.changes = changes;
        this.tiers = tiers;
        this.purchases = purchases;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    @Transactional
    public List<TimelineEntry> of(String clientId) {
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
                    cancelled && a.stage() != null ? Map.of("stage", a.stage().name()) : Map.of(),
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
        out.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return out;
    }
}
