package app.rapport.blueprint;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FindingCode;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.Verdict;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import io.micronaut.core.type.Argument;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blueprints through the API, in a tenant of their own where each test imports its own six-step check-in: it is
 * edited, checked, published; staff log touchpoints against two of its steps and the overlay judges them; the diagram
 * comes as SVG and PNG in English and Chinese; a new version copies the last and retires it on publishing.
 */
class BlueprintApiTest extends ApiTest {
    private static final LocalDate TODAY = LocalDate.now();
    private final String slug = "blue-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;
    private String staff;

    @BeforeAll
    void aTenant() {
        ensureTenant(slug, "Blueprint Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        staff = keycloak.createUser(slug, "service-staff");
    }

    private VersionView version(String id) {
        return read(send(admin, GET("/api/v1/blueprint-versions/" + id)), VersionView.class);
    }

    /** A fresh import of the six-step check-in under {@code name}: its draft. */
    private VersionView imported(String name) {
        Reply r = send(admin, POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn(name)));
        assertEquals(201, r.status(), r.body());
        return version(read(r, BlueprintSummary.class).versions().getFirst().id());
    }

    /** A fresh check-in under {@code name}, published. */
    private VersionView published(String name) {
        VersionView draft = imported(name);
        return read(
                send(admin, POST("/api/v1/blueprint-versions/" + draft.id() + "/publication", "")), VersionView.class);
    }

    /** Five greetings (1 2 2 3 6 minutes, against a standard of 2) and two key handovers (2 and 3 minutes). */
    private void logged(VersionView v, String clientId) {
        String greet = step(v, DesignFixtures.GREET).id();
        String key = step(v, DesignFixtures.KEY).id();
        for (int minutes : new int[] {1, 2, 2, 3, 6}) {
            assertEquals(
                    201,
                    send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, greet, minutes, 4)))
                            .status());
        }
        for (int minutes : new int[] {2, 3}) {
            assertEquals(
                    201,
                    send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, key, minutes, 5)))
                            .status());
        }
    }

    private String aClient() {
        return read(send(admin, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Guest")))), ClientView.class)
                .id();
    }

    private StepView step(VersionView v, String name) {
        return v.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void an_admin_imports_a_six_step_draft_that_passes_the_check() {
        Reply r = send(admin, POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn("Imported check-in")));
        assertEquals(201, r.status(), r.body());
        BlueprintSummary b = read(r, BlueprintSummary.class);
        assertEquals(1, b.versions().size());
        assertEquals(VersionStatus.DRAFT, b.versions().getFirst().status());
        assertEquals(6, b.versions().getFirst().steps());
        VersionView v1 = version(b.versions().getFirst().id());
        assertEquals(5, v1.flows().size());
        assertEquals(List.of(), v1.findings());
        assertEquals(Lane.CLIENT_ACTIONS, v1.steps().getFirst().lane());
    }

    @Test
    void the_editor_refuses_a_taken_cell_and_finds_an_orphan_that_blocks_publishing() {
        VersionView v1 = imported("Editor check-in");
        String path = "/api/v1/blueprint-versions/" + v1.id();
        Reply taken = send(
                admin,
                POST(path + "/steps", DesignFixtures.step(Lane.FRONT_STAGE, 1, "Second greeting", null, false, false)));
        assertEquals(409, taken.status());
        assertTrue(taken.body().contains("cell-taken"), taken.body());

        VersionView withOrphan = read(
                send(
                        admin,
                        POST(
                                path + "/steps",
                                DesignFixtures.step(Lane.BACK_STAGE, 4, "File the card", 5, false, true))),
                VersionView.class);
        assertEquals(
                List.of(FindingCode.ORPHAN_STEP, FindingCode.TOUCHPOINT_OFF_LINE),
                withOrphan.findings().stream().map(f -> f.code()).toList());
        Reply refused = send(admin, POST(path + "/publication", ""));
        assertEquals(422, refused.status());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("File the card"), refused.body());

        // moving the orphan up into the front stage, then left into the key's cell: the two trade places
        StepView orphan = step(withOrphan, "File the card");
        read(
                send(admin, POST(path + "/steps/" + orphan.id() + "/moves", new StepMove(MoveDirection.UP))),
                VersionView.class);
        VersionView swapped = read(
                send(admin, POST(path + "/steps/" + orphan.id() + "/moves", new StepMove(MoveDirection.LEFT))),
                VersionView.class);
        assertEquals(3, step(swapped, "File the card").col());
        assertEquals(Lane.FRONT_STAGE, step(swapped, "File the card").lane());
        assertEquals(4, step(swapped, DesignFixtures.KEY).col());
        read(
                send(admin, POST(path + "/steps/" + orphan.id() + "/moves", new StepMove(MoveDirection.RIGHT))),
                VersionView.class);

        String greet = step(swapped, DesignFixtures.GREET).id();
        assertEquals(
                400,
                send(admin, POST(path + "/flows", new FlowWrite(greet, greet))).status());
        String arrive = step(swapped, "Arrive at reception").id();
        assertEquals(
                409,
                send(admin, POST(path + "/flows", new FlowWrite(arrive, greet))).status());

        VersionView clean = read(send(admin, DELETE(path + "/steps/" + orphan.id())), VersionView.class);
        assertEquals(List.of(), clean.findings());
        assertEquals(6, clean.steps().size());
    }

    @Test
    void a_published_version_is_immutable_and_offers_its_touchpoint_steps() {
        VersionView v1 = imported("Published check-in");
        String path = "/api/v1/blueprint-versions/" + v1.id();
        VersionView published = read(send(admin, POST(path + "/publication", "")), VersionView.class);
        assertEquals(VersionStatus.PUBLISHED, published.status());
        assertEquals(admin, published.publishedBy());
        StepView greet = step(published, DesignFixtures.GREET);
        Reply frozen = send(
                admin,
                PUT(
                        path + "/steps/" + greet.id(),
                        DesignFixtures.step(Lane.FRONT_STAGE, 1, "Renamed", 2, false, true)));
        assertEquals(409, frozen.status());
        assertTrue(frozen.body().contains("version-not-draft"));
        List<TouchpointStep> loggable =
                read(send(staff, GET("/api/v1/touchpoint-steps")), Argument.listOf(TouchpointStep.class));
        assertEquals(
                List.of(DesignFixtures.GREET, DesignFixtures.KEY),
                loggable.stream()
                        .filter(t -> t.blueprintId().equals(v1.blueprintId()))
                        .map(TouchpointStep::stepName)
                        .toList());
    }

    @Test
    void staff_log_touchpoints_against_two_steps_and_the_overlay_judges_them() {
        String clientId = aClient();
        VersionView v1 = published("Hotel check-in");
        String greet = step(v1, DesignFixtures.GREET).id();
        String key = step(v1, DesignFixtures.KEY).id();
        logged(v1, clientId);
        List<TouchpointView> logged = read(
                send(staff, GET("/api/v1/clients/" + clientId + "/touchpoints")),
                Argument.listOf(TouchpointView.class));
        assertEquals(7, logged.size());
        assertTrue(logged.stream().allMatch(t -> t.blueprintStep().in("en").startsWith("Hotel check-in › ")));
        assertEquals(
                5,
                logged.stream()
                        .filter(t -> t.blueprintStep().stepName().equals(DesignFixtures.GREET))
                        .count());
        String backStage = step(v1, DesignFixtures.CHECK).id();
        Reply refused = send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, backStage, 3, 4)));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("blueprintStepId"), refused.body());

        Performance p = read(
                send(
                        admin,
                        GET("/api/v1/blueprint-versions/" + v1.id() + "/performance?from=" + TODAY.minusDays(7) + "&to="
                                + TODAY)),
                Performance.class);
        StepPerformance g = p.steps().stream()
                .filter(s -> s.stepId().equals(greet))
                .findFirst()
                .orElseThrow();
        // 1 2 2 3 6 against 2 minutes: median 2, p90 6, 3 of 5 within = 60 % → misses
        assertEquals(5, g.touchpoints());
        assertEquals(2.0, g.medianMinutes());
        assertEquals(6.0, g.p90Minutes());
        assertEquals(0.6, g.withinStandard(), 1e-9);
        assertEquals(4.0, g.averageRating());
        assertEquals(Verdict.MISSES, g.verdict());
        StepPerformance k = p.steps().stream()
                .filter(s -> s.stepId().equals(key))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.MEETS, k.verdict());
        assertEquals(2.5, k.medianMinutes());
        StepPerformance check = p.steps().stream()
                .filter(s -> s.stepId().equals(backStage))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.NO_DATA, check.verdict());

        Reply before = send(
                admin,
                GET("/api/v1/blueprint-versions/" + v1.id() + "/performance?from=" + TODAY + "&to="
                        + TODAY.minusDays(1)));
        assertEquals(400, before.status());
    }

    @Test
    void the_diagram_comes_as_svg_and_png_in_the_asked_language() {
        String clientId = aClient();
        VersionView v1 = published("Diagram check-in");
        logged(v1, clientId);
        String base = "/api/v1/blueprint-versions/" + v1.id() + "/diagram";
        Reply svg = send(staff, GET(base + ".svg?from=" + TODAY.minusDays(7) + "&to=" + TODAY));
        assertEquals(200, svg.status());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body().contains("<svg"));
        assertTrue(svg.body().contains(DesignFixtures.GREET));
        assertTrue(svg.body().contains("line of interaction"));
        assertTrue(svg.body().contains("60% within standard"), "the overlay shows the greeting's share");
        Reply chinese = send(staff, GET(base + ".svg?lang=zh-CN"));
        assertTrue(chinese.body().contains("互动分界线"));
        assertTrue(chinese.body().contains("顾客行为"));
        Reply traditional = send(staff, GET(base + ".svg").header("Accept-Language", "zh-TW,zh;q=0.9"));
        assertTrue(traditional.body().contains("互動分界線"));
        Reply png = send(staff, GET(base + ".png"));
        assertEquals(200, png.status());
        assertTrue(png.header("Content-Type").startsWith("image/png"));
        assertTrue(png.header("Content-Disposition").contains("Diagram-check-in-v1.png"));
    }

    @Test
    void a_new_version_copies_the_last_and_publishing_it_retires_the_old_one() {
        String clientId = aClient();
        VersionView v1 = published("Versioned check-in");
        String blueprintId = v1.blueprintId();
        Reply created = send(admin, POST("/api/v1/blueprints/" + blueprintId + "/versions", ""));
        assertEquals(201, created.status(), created.body());
        VersionView v2 = read(created, VersionView.class);
        assertEquals(2, v2.number());
        assertEquals(VersionStatus.DRAFT, v2.status());
        assertEquals(
                v1.steps().stream().map(StepView::lineageId).sorted().toList(),
                v2.steps().stream().map(StepView::lineageId).sorted().toList());
        assertTrue(v2.steps().stream().noneMatch(s -> v1.steps().stream().anyMatch(o -> o.id().equals(s.id()))));
        assertEquals(5, v2.flows().size());
        assertEquals(
                409,
                send(admin, POST("/api/v1/blueprints/" + blueprintId + "/versions", ""))
                        .status());

        String greet = step(v2, DesignFixtures.GREET).id();
        assertEquals(
                400,
                send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, greet, 1, 5)))
                        .status(),
                "a draft's step takes no touchpoints");
        read(send(admin, POST("/api/v1/blueprint-versions/" + v2.id() + "/publication", "")), VersionView.class);
        assertEquals(VersionStatus.RETIRED, version(v1.id()).status());
        String oldGreet = step(v1, DesignFixtures.GREET).id();
        assertEquals(
                400,
                send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, oldGreet, 1, 5)))
                        .status());
        assertEquals(
                201,
                send(staff, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(clientId, greet, 1, 5)))
                        .status());
        BlueprintSummary b = read(send(staff, GET("/api/v1/blueprints/" + blueprintId)), BlueprintSummary.class);
        assertEquals(
                List.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED),
                b.versions().stream().map(v -> v.status()).toList());
    }

    @Test
    void names_are_unique_and_only_unpublished_blueprints_are_deleted() {
        VersionView v1 = published("Named check-in");
        assertEquals(
                409,
                send(admin, POST("/api/v1/blueprints", new BlueprintWrite("Named check-in", null)))
                        .status());
        assertEquals(
                409,
                send(admin, DELETE("/api/v1/blueprints/" + v1.blueprintId())).status());
        BlueprintSummary scratch = read(
                send(admin, POST("/api/v1/blueprints", new BlueprintWrite("Scratch", "to throw away"))),
                BlueprintSummary.class);
        assertEquals(
                409,
                send(
                                admin,
                                DELETE("/api/v1/blueprint-versions/"
                                        + scratch.versions().getFirst().id()))
                        .status());
        assertEquals(
                204, send(admin, DELETE("/api/v1/blueprints/" + scratch.id())).status());
        assertEquals(404, send(admin, GET("/api/v1/blueprints/" + scratch.id())).status());
        List<BlueprintSummary> all = items(send(staff, GET("/api/v1/blueprints")), BlueprintSummary.class);
        assertTrue(all.stream().anyMatch(b -> b.id().equals(v1.blueprintId())));
        assertTrue(all.stream().noneMatch(b -> b.id().equals(scratch.id())));
    }

    @Test
    void bad_input_is_answered_field_by_field() {
        Reply blank = send(admin, POST("/api/v1/blueprints", new BlueprintWrite(" ", null)));
        assertEquals(400, blank.status());
        assertTrue(blank.body().contains("name"), blank.body());
        String draft = read(
                        send(admin, POST("/api/v1/blueprints", new BlueprintWrite("Checkout", null))),
                        BlueprintSummary.class)
                .versions()
                .getFirst()
                .id();
        Reply col = send(
                admin,
                POST(
                        "/api/v1/blueprint-versions/" + draft + "/steps",
                        DesignFixtures.step(Lane.CLIENT_ACTIONS, 0, "Leave", null, false, false)));
        assertEquals(400, col.status());
        assertTrue(col.body().contains("col"), col.body());
        Reply empty = send(admin, POST("/api/v1/blueprint-versions/" + draft + "/publication", ""));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("\"finding\":\"NO_STEPS\""), empty.body());
        assertTrue(Arrays.asList(400, 404)
                .contains(send(admin, GET("/api/v1/blueprint-versions/" + draft + "/performance?from=x&to=y"))
                        .status()));
    }
}
