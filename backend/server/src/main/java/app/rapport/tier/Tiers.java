package app.rapport.tier;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierChangeView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierDistribution;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Configuring tiers, reading value by tier, and a client's tier: its figures, pin and history. */
@Singleton
public class Tiers {
    private final TierCatalog catalog;
    private final TierRepository tiers;
    private final TierSettingsRepository settings;
    private final ClientTierRepository clientTiers;
    private final TierChangeRepository changes;
    private final TierFigureRepository figures;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final FiguresJson figuresJson;
    private final Clock clock;

    Tiers(
            TierCatalog catalog,
            TierRepository tiers,
            TierSettingsRepository settings,
            ClientTierRepository clientTiers,
            TierChangeRepository changes,
            TierFigureRepository figures,
            Clients clients,
            AuditLog audit,
            Actor actor,
            FiguresJson figuresJson,
            Clock clock) {
        this.catalog = catalog;
        this.tiers = tiers;
        this.settings = settings;
        this.clientTiers = clientTiers;
        this.changes = changes;
        this.figures = figures;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.figuresJson = figuresJson;
        this.clock = clock;
    }

    @Transactional
    public TierSettingsView settings() {
        return catalog.view();
    }

    /** Replaces the configuration; tiers keep their ids, clients of removed tiers are unclassified until the next run. */
    @Transactional
    public TierSettingsView configure(long expectedVersion, TierSettingsWrite write) {
        catalog.lockedSettingsRow();
        TierSettingsView before = catalog.view();
        if (expectedVersion != ETags.ANY && before.version() != expectedVersion) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION,
                    "the tier settings were changed by someone else meanwhile; reload them and apply your change again");
        }
        List<FieldProblem> problems = new TierSettingsPolicy().problems(write);
        Set<String> known = before.tiers().stream().map(TierDefinition::id).collect(Collectors.toSet());
        for (int i = 0; i < write.tiers().size(); i++) {
            String id = write.tiers().get(i).id();
            if (id != null && !known.contains(id)) {
                problems.add(FieldProblem.of("tiers[" + i + "].id", FieldCode.NO_SUCH_TIER, "value", id));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        tiers.deleteAll();
        List<String> kept = new ArrayList<>();
        for (TierDefinition d : write.tiers()) {
            String id = d.id() == null ? UUID.randomUUID().toString() : d.id();
            tiers.save(TierCatalog.row(id, d));
            kept.add(id);
        }
        ungradeOutside(kept, before.tiers());
        TierSettingsRow s = catalog.settingsRow();
        settings.update(new TierSettingsRow(
                s.id(), write.method(), write.measure(), write.replenishmentDays(), s.lastRunAt(), s.version()));
        TierSettingsView after = catalog.view();
        audit.record("UPDATE", "tier-settings", "1", before, after);
        return after;
    }

    @Transactional
    public TierDistribution distribution() {
        List<TierDefinition> defs = catalog.definitions();
        Map<String, String> tierOf = new HashMap<>();
        clientTiers.findAll().forEach(r -> tierOf.put(r.clientId(), r.tierId()));
        Map<String, BigDecimal[]> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        List<ClientValue> values = figures.all(LocalDate.now(clock).minusYears(1));
        for (ClientValue v : values) {
            String key = Optional.ofNullable(tierOf.get(v.clientId())).orElse("");
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(v.revenue());
            s[1] = s[1].add(v.margin());
            counts.merge(key, 1, Integer::sum);
            revenue = revenue.add(v.revenue());
            margin = margin.add(v.margin());
        }
        List<TierDistribution.Row> rows = new ArrayList<>();
        for (TierDefinition d : defs) {
            rows.add(row(d, counts.getOrDefault(d.id(), 0), sums.get(d.id()), revenue, margin));
        }
        if (counts.containsKey("")) {
            rows.add(row(null, counts.get(""), sums.get(""), revenue, margin));
        }
        return new TierDistribution(rows, values.size(), revenue, margin);
    }

    private static TierDistribution.Row row(
            TierDefinition tier, int count, BigDecimal[] sums, BigDecimal revenue, BigDecimal margin) {
        BigDecimal r = sums == null ? BigDecimal.ZERO : sums[0];
        BigDecimal m = sums == null ? BigDecimal.ZERO : sums[1];
        return new TierDistribution.Row(tier, count, r, m, share(r, revenue), share(m, margin));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0
                ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    @Transactional
    public List<RankedClient> ranking(ValueMeasure measure, int limit) {
        LocalDate since = LocalDate.now(clock).minusYears(1);
        List<RankedRow> rows =
                measure == ValueMeasure.MARGIN ? figures.byMargin(since, limit) : figures.byRevenue(since, limit);
        List<RankedClient> ranked = new ArrayList<>();
        for (RankedRow r : rows) {
            ranked.add(new RankedClient(
                    ranked.size() + 1,
                    r.clientId(),
                    r.name(),
                    r.tierId(),
                    r.revenue(),
                    r.margin(),
                    r.purchases(),
                    r.lastPurchaseOn()));
        }
        return ranked;
    }

    /** The tier a client is graded in now, if any (what its service levels and calendar follow). */
    @Transactional
    public java.util.Optional<String> tierIdOf(String clientId) {
        return clientTiers.findById(clientId).map(ClientTierRow::tierId);
    }

    @Transactional
    public ClientTierView ofClient(String clientId) {
        clients.requireExists(clientId);
        LocalDate yearAgo = LocalDate.now(clock).minusYears(1);
        ClientValue v = figures.ofClient(clientId, yearAgo).stream().findFirst().orElse(ClientValue.none(clientId));
        Optional<ClientTierRow> row = clientTiers.findById(clientId);
        Map<String, TierDefinition> defs =
                catalog.definitions().stream().collect(Collectors.toMap(TierDefinition::id, d -> d));
        List<TierChangeView> history = changes.newestFirst(clientId).stream()
                .map(c -> new TierChangeView(
                        c.id(),
                        c.fromTierId(),
                        c.toTierId(),
                        c.at(),
                        c.method(),
                        TierChanges.reasonCode(c),
                        TierChanges.peopleText(c),
                        figuresJson.read(c.figures()),
                        c.actor()))
                .toList();
        return new ClientTierView(
                clientId,
                row.map(ClientTierRow::tierId).map(defs::get).orElse(null),
                row.map(ClientTierRow::since).orElse(null),
                row.map(ClientTierRow::pinned).orElse(false),
                row.map(ClientTierRow::pinReason).orElse(null),
                row.map(ClientTierRow::pinUntil).orElse(null),
                row.map(ClientTierRow::pinnedBy).orElse(null),
                v.revenue(),
                v.margin(),
                v.purchases(),
                v.lastPurchaseOn(),
                figures.revenueBetween(clientId, yearAgo.minusYears(1), yearAgo),
                history);
    }

    /**
     * Clients whose tier the new settings dropped lose it, and a pin on it ends (the next run grades them); each gets
     * a history entry to "no tier", so that history stays continuous: every entry starts where the one before ended.
     */
    private void ungradeOutside(List<String> newIds, List<TierDefinition> old) {
        List<String> kept = newIds.isEmpty() ? List.of("") : newIds; // "NOT IN ()" is no SQL; no tier id is blank
        Map<String, String> names = old.stream().collect(Collectors.toMap(TierDefinition::id, TierDefinition::nameEn));
        Instant now = Instant.now(clock);
        List<TierChangeRow> history = new ArrayList<>();
        for (ClientTierRow r : clientTiers.gradedOutside(kept)) {
            history.add(new TierChangeRow(
                    UUID.randomUUID().toString(),
                    r.clientId(),
                    r.tierId(),
                    null,
                    now,
                    "SETTINGS",
                    ReasonCode.TIER_REMOVED.name(),
                    figuresJson.write(Map.of(
                            "fromName", names.getOrDefault(r.tierId(), ""), "pinEnded", String.valueOf(r.pinned()))),
                    actor.name()));
        }
        clientTiers.unclassifyOutside(kept);
        changes.saveAll(history);
    }
}
