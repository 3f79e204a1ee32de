package app.rapport.tier;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.ProblemView;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierDistribution;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classification through the API, each test in a tenant of its own (so that the counts are exact): four clients with
 * 120,000, exactly 20,000, 19,999.99 and no revenue, graded by thresholds, pinned, or re-graded by Pareto.
 */
class TierClassificationTest extends ApiTest {
    private String slug;
    private String admin;
    private String manager;
    private final Map<String, String> ids = new java.util.HashMap<>();

    @BeforeEach
    void aTenantWithFourClients() {
        slug = "tiers-" + UUID.randomUUID().toString().substring(0, 6);
        ids.clear();
        ensureTenant(slug, "Tier Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        ProductView stay = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product("Suite night", "night", null))),
                ProductView.class);
        for (String[] c : List.of(
                new String[] {"big", "60000", "30000"},
                new String[] {"exact", "12000", "8000"},
                new String[] {"below", "11999.99", "8000"},
                new String[] {"none"})) {
            ClientView client =
                    read(send(manager, POST("/api/v1/clients", Fixtures.organisation(c[0]))), ClientView.class);
            ids.put(c[0], client.id());
            for (int i = 1; i < c.length; i++) {
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + client.id() + "/purchases",
                                ValueFixtures.purchase(
                                        stay.id(), 10 * i, "10", c[i], c[0].equals("big") ? "24000" : "100")));
            }
        }
        // big: 90,000 (+ 30,000 below); exact: 20,000.00; below: 19,999.99; none: 0
        send(
                manager,
                POST(
                        "/api/v1/clients/" + ids.get("big") + "/purchases",
                        ValueFixtures.purchase(
                                stay.id(), 400, "10", "999999", "0"))); // older than 12 months: not counted
        send(
                manager,
                POST(
                        "/api/v1/clients/" + ids.get("big") + "/purchases",
                        ValueFixtures.purchase(stay.id(), 3, "10", "30000", "100")));
    }

    private String etag() {
        return send(admin, GET("/api/v1/tiers")).header("ETag");
    }

    private ClientTierView tierOf(String client) {
        return read(send(manager, GET("/api/v1/clients/" + ids.get(client) + "/tier")), ClientTierView.class);
    }

    /** The four clients graded by the thresholds of {@link ValueFixtures#thresholds()}. */
    private void graded() {
        Reply saved =
                send(admin, PUT("/api/v1/tiers", ValueFixtures.thresholds()).header("If-Match", etag()));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(4, classify().changed());
    }

    private ClassificationResult classify() {
        Reply r = send(admin, POST("/api/v1/tiers/classifications", ""));
        assertEquals(200, r.status(), r.body());
        return read(r, ClassificationResult.class);
    }

    @Test
    void classifying_without_tiers_is_refused_with_a_reason() {
        Reply r = send(admin, POST("/api/v1/tiers/classifications", ""));
        assertEquals(409, r.status());
        assertEquals("no-tiers", read(r, ProblemView.class).code());
    }

    @Test
    void an_unreachable_tier_is_refused_naming_the_field() {
        TierSettingsWrite bad = ValueFixtures.thresholds();
        bad = new TierSettingsWrite(
                bad.method(),
                bad.measure(),
                7,
                List.of(
                        ValueFixtures.tier("Key", 1, "20000", null, null),
                        ValueFixtures.tier("Top", 2, "500000", null, null)));
        Reply r = send(admin, PUT("/api/v1/tiers", bad).header("If-Match", etag()));
        assertEquals(400, r.status());
        assertEquals(
                "tiers[1].minValue", read(r, ProblemView.class).errors().get(0).field());
    }

    @Test
    void thresholds_grade_each_client_and_write_history_with_the_figures() {
        Reply saved =
                send(admin, PUT("/api/v1/tiers", ValueFixtures.thresholds()).header("If-Match", etag()));
        assertEquals(200, saved.status(), saved.body());
        ClassificationResult result = classify();
        assertEquals(4, result.evaluated());
        assertEquals(4, result.changed());
        assertEquals("Strategic", tierOf("big").tier().nameEn());
        assertEquals("Key", tierOf("exact").tier().nameEn());
        assertEquals("Standard", tierOf("below").tier().nameEn());
        assertEquals("Basic", tierOf("none").tier().nameEn());
        ClientTierView exact = tierOf("exact");
        assertEquals("20000.00", exact.history().get(0).figures().get("value"));
        assertEquals("20000.00", exact.history().get(0).figures().get("threshold"));
        assertEquals("THRESHOLD", exact.history().get(0).method());
        assertEquals(0, exact.revenue().compareTo(new java.math.BigDecimal("20000")));
        assertEquals(0, exact.previousRevenue().signum(), "nothing bought in the 12 months before");
        assertEquals(
                0,
                tierOf("big").previousRevenue().compareTo(new java.math.BigDecimal("999999")),
                "the purchase of 400 days ago is the year before's");
    }

    @Test
    void a_second_run_changes_nothing() {
        graded();
        assertEquals(0, classify().changed());
        assertEquals(1, tierOf("big").history().size());
    }

    @Test
    void a_pin_needs_a_reason_and_a_future_expiry() {
        graded();
        String key = tierOf("exact").tier().id();
        Reply r = send(
                manager,
                PUT(
                        "/api/v1/clients/" + ids.get("none") + "/tier/pin",
                        new TierPin(key, "", LocalDate.now().plusDays(30))));
        assertEquals(400, r.status());
        assertEquals("reason", read(r, ProblemView.class).errors().get(0).field());
        r = send(
                manager,
                PUT(
                        "/api/v1/clients/" + ids.get("none") + "/tier/pin",
                        new TierPin(
                                key, "New flagship contract", LocalDate.now().minusDays(1))));
        assertEquals(400, r.status());
        assertEquals("until", read(r, ProblemView.class).errors().get(0).field());
    }

    @Test
    void a_pinned_client_is_left_alone_by_the_run_until_the_pin_expires() {
        graded();
        String key = tierOf("exact").tier().id();
        Reply r = send(
                manager,
                PUT(
                        "/api/v1/clients/" + ids.get("none") + "/tier/pin",
                        new TierPin(
                                key,
                                "New flagship contract signed",
                                LocalDate.now().plusDays(30))));
        assertEquals(200, r.status(), r.body());
        ClassificationResult result = classify();
        assertEquals(1, result.pinnedSkipped());
        ClientTierView none = tierOf("none");
        assertEquals("Key", none.tier().nameEn());
        assertTrue(none.pinned());
        assertEquals("PIN", none.history().get(0).method());
        assertEquals("New flagship contract signed", none.history().get(0).reason());

        execute("UPDATE t_" + slug.replace('-', '_') + ".client_tier SET pin_until = '"
                + LocalDate.now().minusDays(1) + "' WHERE client_id = '" + ids.get("none") + "'");
        ClassificationResult after = classify();
        assertEquals(1, after.pinsExpired());
        none = tierOf("none");
        assertEquals("Basic", none.tier().nameEn());
        assertTrue(!none.pinned());
        assertEquals("true", none.history().get(0).figures().get("pinExpired"));
        assertNull(none.history().get(0).reason(), "the server writes no sentence");
    }

    @Test
    void the_distribution_counts_clients_and_value_per_tier() {
        graded();
        TierDistribution d = read(send(manager, GET("/api/v1/tiers/distribution")), TierDistribution.class);
        Map<String, TierDistribution.Row> byName = d.rows().stream()
                .filter(r -> r.tier() != null)
                .collect(Collectors.toMap(r -> r.tier().nameEn(), r -> r));
        assertEquals(4, d.clients());
        assertEquals(1, byName.get("Strategic").clients());
        assertEquals(0, byName.get("Strategic").revenue().compareTo(new java.math.BigDecimal("120000")));
        // 120,000 of 159,999.99
        assertEquals(0, byName.get("Strategic").revenueShare().compareTo(new java.math.BigDecimal("75.0")));
        assertEquals(1, byName.get("Basic").clients());
    }

    @Test
    void the_most_valuable_clients_come_first() {
        graded();
        List<RankedClient> ranking = read(
                send(manager, GET("/api/v1/tiers/ranking?measure=revenue&limit=10")),
                Argument.listOf(RankedClient.class));
        assertEquals(
                List.of(ids.get("big"), ids.get("exact"), ids.get("below")),
                ranking.stream().map(RankedClient::clientId).toList());
        assertEquals(
                400, send(manager, GET("/api/v1/tiers/ranking?measure=profit")).status());
    }

    @Test
    void switching_to_pareto_regrades_by_cumulative_margin() {
        graded();
        Reply stale = send(admin, PUT("/api/v1/tiers", ValueFixtures.pareto()).header("If-Match", "\"0\""));
        assertEquals(412, stale.status());
        Reply saved = send(admin, PUT("/api/v1/tiers", ValueFixtures.pareto()).header("If-Match", etag()));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(3, read(saved, TierSettingsView.class).tiers().size());
        classify();
        // margins: big 48,100; exact 200; below 200 → big alone makes 99.2%: A; the tied pair: 99.2% ahead → C
        assertEquals("A", tierOf("big").tier().nameEn());
        assertEquals("C", tierOf("exact").tier().nameEn());
        assertEquals(tierOf("exact").tier().id(), tierOf("below").tier().id());
        assertEquals("PARETO", tierOf("big").history().get(0).method());
        assertNotNull(tierOf("big").history().get(0).figures().get("shareAhead"));
    }

    @Test
    void lifting_a_pin_that_is_not_there_is_a_conflict() {
        assertEquals(
                409,
                send(manager, DELETE("/api/v1/clients/" + ids.get("big") + "/tier/pin"))
                        .status());
    }
}
