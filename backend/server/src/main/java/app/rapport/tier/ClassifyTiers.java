package app.rapport.tier;

import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.TierDefinition;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Classifies every client of the tenant with its method: pinned clients are left alone until their pin expires
 * (an expired pin is lifted by the run); each change of tier writes history with the figures that decided it.
 */
@Singleton
public class ClassifyTiers {
    private final TierCatalog catalog;
    private final TierSettingsRepository settings;
    private final ClientTierRepository clientTiers;
    private final TierChangeRepository changes;
    private final TierFigureRepository figures;
    private final AuditLog audit;
    private final Actor actor;
    private final FiguresJson figuresJson;
    private final Clock clock;

    ClassifyTiers(
            TierCatalog catalog,
            TierSettingsRepository settings,
            ClientTierRepository clientTiers,
            TierChangeRepository changes,
            TierFigureRepository figures,
            AuditLog audit,
            Actor actor,
            FiguresJson figuresJson,
            Clock clock) {
        this.catalog = catalog;
        this.settings = settings;
        this.clientTiers = clientTiers;
        this.changes = changes;
        this.figures = figures;
        this.audit = audit;
        this.actor = actor;
        this.figuresJson = figuresJson;
        this.clock = clock;
    }

    @Transactional
    public ClassificationResult run() {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        TierSettingsRow s = catalog.lockedSettingsRow();
        List<TierDefinition> tiers = catalog.requireDefinitions();
        List<ClientValue> values = figures.all(today.minusYears(1));
        Map<String, ClientTierRow> current = new HashMap<>();
        clientTiers.findAll().forEach(r -> current.put(r.clientId(), r));

        int pinnedSkipped = 0;
        int pinsExpired = 0;
        List<ClientValue> toClassify = new ArrayList<>();
        for (ClientValue v : values) {
            ClientTierRow row = current.get(v.clientId());
            if (row != null && row.pinned()) {
                if (row.pinUntil() != null && !row.pinUntil().isBefore(today)) {
                    pinnedSkipped++;
                    continue;
                }
                pinsExpired++;
            }
            toClassify.add(v);
        }
        // every client is ranked against all clients, the pinned ones included: a pin holds only its own client's
        // tier, it does not take the client out of everyone else's ranking and totals
        Map<String, Decision> decisions = TierSettingsPolicy.of(s.method()).classify(values, tiers, s.measure(), today);
        Map<String, TierDefinition> byId =
                tiers.stream().collect(Collectors.toMap(TierDefinition::id, Function.identity()));
        List<ClientTierRow> inserts = new ArrayList<>();
        List<ClientTierRow> updates = new ArrayList<>();
        List<TierChangeRow> history = new ArrayList<>();
        String who = actor.name();
        for (ClientValue v : toClassify) {
            Decision d = decisions.get(v.clientId());
            ClientTierRow before = current.get(v.clientId());
            String from = before == null ? null : before.tierId();
            boolean pinLifted = before != null && before.pinned();
            if (d.tierId().equals(from) && !pinLifted) {
                continue;
            }
            if (before == null) {
                inserts.add(new ClientTierRow(v.clientId(), d.tierId(), now, false, null, null, null));
            } else {
                updates.add(before.classifiedAs(d.tierId(), now));
            }
            if (!d.tierId().equals(from)) {
                Map<String, String> f = new HashMap<>(d.figures());
                f.put("toName", byId.get(d.tierId()).nameEn());
                if (pinLifted) {
                    f.put("pinExpired", "true");
                }
                history.add(new TierChangeRow(
                        UUID.randomUUID().toString(),
                        v.clientId(),
                        from,
                        d.tierId(),
                        now,
                        s.method().name(),
                        d.reason().name(), // the code: TierChanges words it, the figures say the rest
                        figuresJson.write(f),
                        who));
            }
        }
        clientTiers.saveAll(inserts);
        clientTiers.updateAll(updates);
        changes.saveAll(history);
        settings.ranAt(now);
        ClassificationResult result = new ClassificationResult(
                s.method(),
                s.measure(),
                toClassify.size(),
                history.size(),
                pinnedSkipped,
                pinsExpired,
                (System.nanoTime() - started) / 1_000_000,
                now);
        audit.record("CLASSIFY", "tiers", UUID.randomUUID().toString(), null, result);
        return result;
    }
}
