package app.rapport;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.Sentiment;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real parallel requests against the real database: of identical transitions exactly one wins and the others get
 * 409 or 412 problem+json, side effects (audit records, scheduled care, stage changes) happen once, a unique name is
 * taken once, the same file is imported once, and nothing answers 500.
 */
class ConcurrentWritesTest extends ApiTest {
    private static final int N = 10;
    private final String slug = "race-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;
    private String manager;

    @BeforeAll
    void aTenantOfItsOwn() {
        ensureTenant(slug, "Race Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
    }

    private String schema() {
        return schemaOf(slug);
    }

    private long audits(String action, String entityId) {
        return count("SELECT COUNT(*) FROM " + schema() + ".audit_record WHERE action = '" + action
                + "' AND entity_id = '" + entityId + "'");
    }

    private String client() {
        return read(send(manager, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Race")))), ClientView.class)
                .id();
    }

    private static void oneWinner(List<Reply> replies, int winner, int loser) {
        Map<Integer, Long> s = statuses(replies);
        assertEquals(Map.of(winner, 1L, loser, (long) N - 1), s, replies.toString());
        replies.stream()
                .filter(r -> r.status() == loser)
                .forEach(r -> assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.body()));
    }

    @Test
    void of_ten_parallel_answers_to_an_offer_one_is_kept() {
        String c = client();
        OfferView offer = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + c + "/offers",
                                new OfferWrite(
                                        "Tasting",
                                        "A free tasting",
                                        "Likes new wines",
                                        LocalDate.now().plusDays(7)))),
                OfferView.class);
        AtomicInteger i = new AtomicInteger();
        List<Reply> replies = parallel(
                N,
                () -> send(
                        manager,
                        PUT(
                                "/api/v1/clients/" + c + "/offers/" + offer.id() + "/answer",
                                new OfferAnswer(
                                        i.getAndIncrement() % 2 == 0 ? OfferStatus.ACCEPTED : OfferStatus.DECLINED,
                                        "answer"))));
        oneWinner(replies, 200, 409);
        assertEquals(1, audits("ANSWER", offer.id()));
    }

    @Test
    void of_ten_parallel_completions_of_a_care_action_one_counts_and_is_audited_once() {
        String c = client();
        CareActionView action = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + c + "/care-actions",
                                new CareActionWrite(
                                        CareKind.CALL,
                                        "Call back",
                                        LocalDate.now().plusDays(1),
                                        manager,
                                        null,
                                        null))),
                CareActionView.class);
        List<Reply> replies = parallel(
                N,
                () -> send(
                        manager,
                        POST(
                                "/api/v1/care-actions/" + action.id() + "/completion",
                                new CareCompletion("Called", ServiceLevel.EXPECTED))));
        oneWinner(replies, 200, 409);
        assertEquals(1, audits("COMPLETE", action.id()));
    }

    @Test
    void of_ten_parallel_acceptances_of_a_suggestion_one_moves_the_client_and_schedules_the_playbook_once() {
        assertEquals(
                201,
                send(
                                admin,
                                POST(
                                        "/api/v1/playbook",
                                        new PlaybookStepWrite(
                                                Stage.DECLINE,
                                                null,
                                                CareKind.VISIT,
                                                "Win-back visit",
                                                7,
                                                null,
                                                ServiceLevel.EXPECTED,
                                                TenantRole.ACCOUNT_MANAGER,
                                                "Listen first",
                                                0,
                                                null,
                                                null)))
                        .status());
        String c = client();
        ProductView rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Rice"), "kg", null))),
                ProductView.class);
        for (int d : new int[] {184, 154, 124, 94}) {
            send(
                    manager,
                    POST(
                            "/api/v1/clients/" + c + "/purchases",
                            ValueFixtures.purchase(rice.id(), d, "10", "100", "20")));
        }
        for (int k = 0; k < 2; k++) {
            send(
                    manager,
                    POST(
                            "/api/v1/touchpoints",
                            new TouchpointWrite(
                                    c,
                                    Channel.PHONE,
                                    "Complained",
                                    null,
                                    5,
                                    1,
                                    Sentiment.NEGATIVE,
                                    null,
                                    null,
                                    null,
                                    null)));
        }
        StageView computed = read(send(manager, POST("/api/v1/clients/" + c + "/signals", "")), StageView.class);
        String suggestion = computed.suggestion().id();
        List<Reply> replies = parallel(
                N,
                () -> send(
                        manager,
                        POST("/api/v1/suggestions/" + suggestion + "/acceptance", new SuggestionDecision(null))));
        oneWinner(replies, 200, 409);
        String s = schema();
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + s + ".stage_change WHERE client_id = '" + c
                        + "' AND to_stage = 'DECLINE'"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + s + ".care_action WHERE client_id = '" + c
                        + "' AND title = 'Win-back visit'"));
    }

    @Test
    void ten_parallel_signal_computations_open_one_suggestion_at_most() {
        String c = client();
        ProductView tea = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Tea"), "kg", null))),
                ProductView.class);
        for (int d : new int[] {184, 154, 124, 94}) {
            send(
                    manager,
                    POST("/api/v1/clients/" + c + "/purchases", ValueFixtures.purchase(tea.id(), d, "1", "10", "2")));
        }
        List<Reply> replies = parallel(N, () -> send(manager, POST("/api/v1/clients/" + c + "/signals", "")));
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409), replies.toString());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema() + ".stage_suggestion WHERE client_id = '" + c
                        + "' AND status = 'OPEN'"));
    }

    @Test
    void of_ten_parallel_stage_changes_by_hand_one_is_made() {
        String c = client();
        List<Reply> replies = parallel(
                N,
                () -> send(
                        manager,
                        POST(
                                "/api/v1/clients/" + c + "/stage-changes",
                                new StageChangeWrite(Stage.FORMATION, "first order placed"))));
        assertEquals(1L, statuses(replies).get(200), replies.toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409), replies.toString());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema() + ".stage_change WHERE client_id = '" + c
                        + "' AND to_stage = 'FORMATION'"));
    }

    @Test
    void of_a_change_and_a_removal_sent_with_the_same_version_exactly_one_happens() {
        ClientView c = read(
                send(manager, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Versioned")))),
                ClientView.class);
        String etag = "\"" + c.version() + "\"";
        AtomicInteger i = new AtomicInteger();
        List<Reply> replies = parallel(
                N,
                () -> i.getAndIncrement() % 2 == 0
                        ? send(manager, DELETE("/api/v1/clients/" + c.id()).header("If-Match", etag))
                        : send(
                                manager,
                                PUT("/api/v1/clients/" + c.id(), Fixtures.person("Renamed"))
                                        .header("If-Match", etag)));
        long won = replies.stream()
                .filter(r -> r.status() == 200 || r.status() == 204)
                .count();
        assertEquals(1, won, replies.toString());
        assertTrue(
                replies.stream().allMatch(r -> r.status() < 300 || r.status() == 412 || r.status() == 404),
                replies.toString());
    }

    @Test
    void if_match_star_changes_whatever_version_is_current() {
        ClientView c = read(
                send(manager, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Star")))), ClientView.class);
        Reply changed = send(
                manager,
                PUT("/api/v1/clients/" + c.id(), Fixtures.person("Star changed"))
                        .header("If-Match", "*"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(
                204,
                send(manager, DELETE("/api/v1/clients/" + c.id()).header("If-Match", "*"))
                        .status());
        assertEquals(
                404,
                send(
                                manager,
                                PUT("/api/v1/clients/" + c.id(), Fixtures.person("Gone"))
                                        .header("If-Match", "*"))
                        .status());
    }

    @Test
    void of_ten_products_created_with_one_name_at_once_one_is_kept() {
        String name = Fixtures.unique("Olive oil");
        List<Reply> replies =
                parallel(N, () -> send(admin, POST("/api/v1/products", new ProductWrite(name, "l", null))));
        oneWinner(replies, 201, 409);
        replies.stream()
                .filter(r -> r.status() == 409)
                .forEach(r -> assertTrue(r.body().contains("\"name\""), r.body()));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema() + ".product WHERE name = '" + name + "'"));
    }

    @Test
    void parallel_changes_of_one_product_never_fail_with_a_server_error() {
        ProductView p = read(
                send(admin, POST("/api/v1/products", new ProductWrite(Fixtures.unique("Tea"), "g", null))),
                ProductView.class);
        AtomicInteger i = new AtomicInteger();
        List<Reply> replies = parallel(
                N,
                () -> send(
                        admin,
                        PUT(
                                "/api/v1/products/" + p.id(),
                                new ProductWrite(p.name(), "g", BigDecimal.valueOf(1 + i.getAndIncrement())))));
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200), replies.toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409), replies.toString());
    }

    @Test
    void of_ten_blueprints_created_with_one_name_at_once_one_is_kept() {
        String name = Fixtures.unique("Check-in");
        List<Reply> replies =
                parallel(N, () -> send(admin, POST("/api/v1/blueprints", new BlueprintWrite(name, null))));
        oneWinner(replies, 201, 409);
    }

    @Test
    void of_ten_parallel_new_versions_of_a_blueprint_one_draft_is_made() {
        BlueprintSummary b = read(
                send(admin, POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn(Fixtures.unique("Stay")))),
                BlueprintSummary.class);
        String draft = b.versions().get(0).id();
        List<Reply> published =
                parallel(N, () -> send(admin, POST("/api/v1/blueprint-versions/" + draft + "/publication", "")));
        oneWinner(published, 200, 409);
        List<Reply> drafts = parallel(N, () -> send(admin, POST("/api/v1/blueprints/" + b.id() + "/versions", "")));
        oneWinner(drafts, 201, 409);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema() + ".blueprint_version WHERE blueprint_id = '" + b.id()
                        + "' AND status = 'DRAFT'"));
    }

    @Test
    void ten_measurements_of_one_day_sent_at_once_leave_one() {
        TargetView t = read(
                send(
                        admin,
                        POST(
                                "/api/v1/benchmark-targets",
                                DesignFixtures.days(
                                        Fixtures.unique("Card application"),
                                        Dimension.TIMELINESS,
                                        35,
                                        LocalDate.now().minusDays(60),
                                        15,
                                        LocalDate.now().plusDays(60),
                                        null,
                                        0,
                                        admin))),
                TargetView.class);
        AtomicInteger i = new AtomicInteger();
        List<Reply> replies = parallel(
                N,
                () -> send(
                        admin,
                        POST(
                                "/api/v1/benchmark-targets/" + t.id() + "/measurements",
                                new MeasurementWrite(
                                        LocalDate.now().minusDays(1),
                                        BigDecimal.valueOf(20 + i.getAndIncrement()),
                                        null))));
        assertEquals(Map.of(201, (long) N), statuses(replies), replies.toString());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema() + ".benchmark_measurement WHERE target_id = '" + t.id()
                        + "'"));
    }

    @Test
    void the_same_file_imported_twice_at_once_goes_in_once() {
        ClientView c = read(
                send(manager, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Importer")))), ClientView.class);
        ProductView rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Rice"), "kg", null))),
                ProductView.class);
        StringBuilder csv = new StringBuilder("date,client,product,quantity,amount,margin,channel\n");
        for (int d = 1; d <= 20; d++) {
            csv.append(LocalDate.now().minusDays(d))
                    .append(',')
                    .append(c.name())
                    .append(',')
                    .append(rice.name())
                    .append(",1,10.00,2.00,counter\n");
        }
        List<Reply> replies = parallel(
                4, () -> send(manager, POST("/api/v1/purchase-imports", new PurchaseImport(csv.toString(), null))));
        assertEquals(Map.of(200, 4L), statuses(replies), replies.toString());
        assertEquals(
                20,
                replies.stream()
                        .mapToInt(r -> read(r, ImportResult.class).imported())
                        .sum());
        assertEquals(20, count("SELECT COUNT(*) FROM " + schema() + ".purchase WHERE client_id = '" + c.id() + "'"));
    }

    @Test
    void of_ten_parallel_suspensions_of_a_tenant_one_suspends_it() {
        String other = "race-s-" + UUID.randomUUID().toString().substring(0, 6);
        ensureTenant(other, "Suspended Race", other + ".admin@example.test");
        List<Reply> replies =
                parallel(N, () -> send("operator", POST("/api/v1/operator/tenants/" + other + "/suspend", "")));
        oneWinner(replies, 200, 409);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM rapport_control.operator_audit WHERE tenant_slug = '" + other
                        + "' AND action = 'SUSPEND'"));
    }

    @Test
    void of_ten_parallel_provisionings_of_one_new_tenant_one_provisions_it() {
        String fresh = "race-p-" + UUID.randomUUID().toString().substring(0, 6);
        List<Reply> replies = parallel(
                N,
                () -> send(
                        "operator",
                        POST(
                                "/api/v1/operator/tenants",
                                new app.rapport.api.operator.CreateTenant(
                                        fresh, "Provisioned Race", fresh + ".admin@example.test"))));
        oneWinner(replies, 201, 409);
        assertEquals(
                200, send("operator", GET("/api/v1/operator/tenants/" + fresh)).status());
    }
}
