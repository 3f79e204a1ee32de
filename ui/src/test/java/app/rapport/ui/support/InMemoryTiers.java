package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierChangeView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierDistribution;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.tier.ValueMeasure;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tiers API in memory: settings with a version (412 when stale), threshold validation of descending minimums
 * (the server's full rules are tested there), one client's tier with history, and a classification that counts.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(TiersApi.class)
public class InMemoryTiers implements TiersApi {
    /** When set, a client's tier cannot be read (as when the database is briefly down). */
    public boolean unavailable;

    private TierSettingsView settings =
            new TierSettingsView(TierMethod.THRESHOLD, ValueMeasure.REVENUE, 7, List.of(), null, 0);
    private final Map<String, ClientTierView> clients = new HashMap<>();
    public final List<RankedClient> ranking = new ArrayList<>();
    public int classifications;

    public static TierDefinition tier(String name, int rank, String min, String colour) {
        return new TierDefinition(
                UUID.randomUUID().toString(),
                rank,
                name,
                name + "客户",
                name + "客戶",
                colour,
                new BigDecimal(min),
                null,
                null,
                30,
                24,
                List.of(TenantRole.ACCOUNT_MANAGER),
                "A named manager",
                "专属客户经理",
                null);
    }

    public synchronized void define(TierDefinition... tiers) {
        settings = new TierSettingsView(
                settings.method(), settings.measure(), 7, List.of(tiers), null, settings.version() + 1);
    }

    public synchronized void place(String clientId, TierDefinition tier, String reason) {
        ClientTierView before = clients.get(clientId);
        List<TierChangeView> history = new ArrayList<>();
        history.add(new TierChangeView(
                UUID.randomUUID().toString(),
                before == null || before.tier() == null ? null : before.tier().id(),
                tier.id(),
                Instant.now(),
                "THRESHOLD",
                ReasonCode.THRESHOLD_MET,
                null,
                Map.of("measure", "REVENUE", "value", "20000", "threshold", "10000"),
                "system"));
        if (before != null) {
            history.addAll(before.history());
        }
        clients.put(
                clientId,
                new ClientTierView(
                        clientId,
                        tier,
                        Instant.now(),
                        false,
                        null,
                        null,
                        null,
                        new BigDecimal("25000"),
                        new BigDecimal("6000"),
                        7,
                        java.time.LocalDate.now(InMemoryWorkspace.ZONE).minusDays(3),
                        new BigDecimal("20000"),
                        history));
    }

    @Override
    public synchronized HttpResponse<TierSettingsView> settings() {
        return HttpResponse.ok(settings);
    }

    @Override
    public synchronized HttpResponse<TierSettingsView> configure(String ifMatch, TierSettingsWrite write) {
        if (!ifMatch.equals("\"" + settings.version() + "\"")) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", null);
        }
        for (int i = 1; i < write.tiers().size(); i++) {
            BigDecimal above = write.tiers().get(i - 1).minValue();
            BigDecimal here = write.tiers().get(i).minValue();
            if (write.method() == TierMethod.THRESHOLD && above != null && here != null && here.compareTo(above) >= 0) {
                return FakeProblems.badField("tiers[" + i + "].minValue", FieldCode.BELOW_HIGHER_TIER);
            }
        }
        List<TierDefinition> tiers = new ArrayList<>();
        for (TierDefinition d : write.tiers()) {
            tiers.add(new TierDefinition(
                    d.id() == null ? UUID.randomUUID().toString() : d.id(),
                    d.rank(),
                    d.nameEn(),
                    d.nameZhCn(),
                    d.nameZhTw(),
                    d.colour(),
                    d.minValue(),
                    d.cumulativeShare(),
                    d.minRfmScore(),
                    d.careCadenceDays(),
                    d.responseHours(),
                    d.ownerRoles(),
                    d.promise(),
                    null,
                    null));
        }
        settings = new TierSettingsView(
                write.method(),
                write.measure(),
                write.replenishmentDays(),
                tiers,
                settings.lastRunAt(),
                settings.version() + 1);
        return HttpResponse.ok(settings);
    }

    @Override
    public synchronized HttpResponse<ClassificationResult> classify() {
        if (settings.tiers().isEmpty()) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "no-tiers", null);
        }
        classifications++;
        settings = new TierSettingsView(
                settings.method(),
                settings.measure(),
                settings.replenishmentDays(),
                settings.tiers(),
                Instant.now(),
                settings.version());
        return HttpResponse.ok(new ClassificationResult(
                settings.method(), settings.measure(), clients.size(), 1, 0, 0, 12, Instant.now()));
    }

    @Override
    public synchronized TierDistribution distribution() {
        List<TierDistribution.Row> rows = new ArrayList<>();
        for (TierDefinition t : settings.tiers()) {
            long n = clients.values().stream()
                    .filter(c -> c.tier() != null && c.tier().id().equals(t.id()))
                    .count();
            rows.add(new TierDistribution.Row(
                    t,
                    (int) n,
                    BigDecimal.valueOf(n * 1000),
                    BigDecimal.valueOf(n * 100),
                    BigDecimal.valueOf(clients.isEmpty() ? 0 : 100 * n / clients.size()),
                    BigDecimal.valueOf(clients.isEmpty() ? 0 : 100 * n / clients.size())));
        }
        return new TierDistribution(
                rows,
                clients.size(),
                BigDecimal.valueOf(1000L * clients.size()),
                BigDecimal.valueOf(100L * clients.size()));
    }

    @Override
    public synchronized List<RankedClient> ranking(String measure, Integer limit) {
        return List.copyOf(ranking);
    }

    @Override
    public synchronized HttpResponse<ClientTierView> ofClient(String clientId) {
        if (unavailable) {
            return FakeProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", List.of());
        }
        ClientTierView v = clients.get(clientId);
        return HttpResponse.ok(
                v != null
                        ? v
                        : new ClientTierView(
                                clientId,
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                0,
                                null,
                                BigDecimal.ZERO,
                                List.of()));
    }

    @Override
    public synchronized HttpResponse<ClientTierView> pin(String clientId, TierPin pin) {
        if (pin.reason() == null || pin.reason().isBlank()) {
            return FakeProblems.badField("reason", FieldCode.NOT_BLANK);
        }
        TierDefinition tier = settings.tiers().stream()
                .filter(t -> t.id().equals(pin.tierId()))
                .findFirst()
                .orElseThrow();
        place(clientId, tier, pin.reason());
        ClientTierView v = clients.get(clientId);
        clients.put(
                clientId,
                new ClientTierView(
                        clientId,
                        tier,
                        v.since(),
                        true,
                        pin.reason(),
                        pin.until(),
                        "someone",
                        v.revenue(),
                        v.margin(),
                        v.purchases(),
                        v.lastPurchaseOn(),
                        v.previousRevenue(),
                        v.history()));
        return HttpResponse.ok(clients.get(clientId));
    }

    @Override
    public synchronized HttpResponse<ClientTierView> unpin(String clientId) {
        ClientTierView v = clients.get(clientId);
        clients.put(
                clientId,
                new ClientTierView(
                        clientId,
                        v.tier(),
                        v.since(),
                        false,
                        null,
                        null,
                        null,
                        v.revenue(),
                        v.margin(),
                        v.purchases(),
                        v.lastPurchaseOn(),
                        v.previousRevenue(),
                        v.history()));
        return HttpResponse.ok(clients.get(clientId));
    }
}
