package app.rapport.benchmark;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.client.ClientView;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Northwind can neither read nor change Harbour's blueprints, steps, diagrams or benchmark targets — not by guessing
 * ids, not by logging a touchpoint against Harbour's step or measuring a target on it, and not through its lists.
 */
class DesignIsolationTest extends ApiTest {
    private static final String NW = "northwind.admin";
    private BlueprintSummary blueprint;
    private VersionView published;
    private VersionView draft;
    private TargetView target;
    private String name;

    @BeforeAll
    void harbourHasABlueprintAndATarget() {
        name = Fixtures.unique("Isolated check-in");
        blueprint = read(
                send("harbour.admin", POST("/api/v1/blueprints/imports", DesignFixtures.hotelCheckIn(name))),
                BlueprintSummary.class);
        published = read(
                send(
                        "harbour.admin",
                        POST(
                                "/api/v1/blueprint-versions/"
                                        + blueprint.versions().getFirst().id() + "/publication",
                                "")),
                VersionView.class);
        draft = read(
                send("harbour.admin", POST("/api/v1/blueprints/" + blueprint.id() + "/versions", "")),
                VersionView.class);
        target = read(
                send(
                        "harbour.admin",
                        POST(
                                "/api/v1/benchmark-targets",
                                DesignFixtures.computed(
                                        "Isolated greeting time",
                                        MetricSource.STEP_DURATION,
                                        published.steps().get(2).id(),
                                        "6",
                                        "2",
                                        "harbour.admin"))),
                TargetView.class);
    }

    @Test
    void reads_by_id_answer_404() {
        for (String path : List.of(
                "/api/v1/blueprints/" + blueprint.id(),
                "/api/v1/blueprint-versions/" + published.id(),
                "/api/v1/blueprint-versions/" + published.id() + "/diagram.svg",
                "/api/v1/blueprint-versions/" + published.id() + "/diagram.png",
                "/api/v1/blueprint-versions/" + published.id() + "/performance?from=2026-01-01&to=2026-01-31",
                "/api/v1/benchmark-targets/" + target.id())) {
            assertEquals(404, send(NW, GET(path)).status(), path);
        }
    }

    @Test
    void writes_answer_404_and_change_nothing() {
        String d = "/api/v1/blueprint-versions/" + draft.id();
        String step = draft.steps().getFirst().id();
        List<Reply> replies = List.of(
                send(NW, PUT("/api/v1/blueprints/" + blueprint.id(), new BlueprintWrite("Taken over", null))),
                send(NW, DELETE("/api/v1/blueprints/" + blueprint.id())),
                send(NW, POST("/api/v1/blueprints/" + blueprint.id() + "/versions", "")),
                send(NW, POST(d + "/steps", DesignFixtures.step(Lane.BACK_STAGE, 9, "Planted", null, false, false))),
                send(
                        NW,
                        PUT(
                                d + "/steps/" + step,
                                DesignFixtures.step(Lane.BACK_STAGE, 9, "Planted", null, false, false))),
                send(NW, POST(d + "/steps/" + step + "/moves", new StepMove(MoveDirection.RIGHT))),
                send(NW, DELETE(d + "/steps/" + step)),
                send(
                        NW,
                        POST(
                                d + "/flows",
                                new FlowWrite(step, draft.steps().get(1).id()))),
                send(NW, DELETE(d + "/flows/" + draft.flows().getFirst().id())),
                send(NW, POST(d + "/publication", "")),
                send(NW, DELETE(d)),
                send(NW, POST("/api/v1/blueprint-versions/" + published.id() + "/retirement", "")),
                send(
                        NW,
                        PUT(
                                "/api/v1/benchmark-targets/" + target.id(),
                                DesignFixtures.days(
                                        "Taken",
                                        Dimension.ACCURACY,
                                        9,
                                        LocalDate.now().minusDays(3),
                                        3,
                                        LocalDate.now().plusDays(9),
                                        null,
                                        0,
                                        NW))),
                send(
                        NW,
                        POST(
                                "/api/v1/benchmark-targets/" + target.id() + "/measurements",
                                new MeasurementWrite(LocalDate.now(), BigDecimal.ONE, null))),
                send(NW, POST("/api/v1/benchmark-targets/" + target.id() + "/computation", "")),
                send(NW, DELETE("/api/v1/benchmark-targets/" + target.id())));
        replies.forEach(r -> assertEquals(404, r.status(), r.body()));
        VersionView after = read(send("harbour.admin", GET(d)), VersionView.class);
        assertEquals(draft.steps(), after.steps());
        assertEquals(draft.flows(), after.flows());
        assertEquals(
                name,
                read(send("harbour.admin", GET("/api/v1/blueprints/" + blueprint.id())), BlueprintSummary.class)
                        .name());
        assertEquals(
                target, read(send("harbour.admin", GET("/api/v1/benchmark-targets/" + target.id())), TargetView.class));
    }

    @Test
    void harbours_steps_take_no_touchpoints_or_targets_in_northwind() {
        ClientView own = read(
                send(NW, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Northwind Guest")))),
                ClientView.class);
        String harbourStep = published.steps().stream()
                .filter(s -> s.touchpoint())
                .findFirst()
                .orElseThrow()
                .id();
        Reply touchpoint =
                send(NW, POST("/api/v1/touchpoints", DesignFixtures.touchpoint(own.id(), harbourStep, 2, 5)));
        assertEquals(400, touchpoint.status());
        assertTrue(touchpoint.body().contains("blueprintStepId"));
        Reply measured = send(
                NW,
                POST(
                        "/api/v1/benchmark-targets",
                        DesignFixtures.computed("Stolen step", MetricSource.STEP_DURATION, harbourStep, "6", "2", NW)));
        assertEquals(400, measured.status());
        assertTrue(measured.body().contains("stepId"));
    }

    @Test
    void northwinds_lists_never_show_harbours_rows() {
        assertFalse(send(NW, GET("/api/v1/blueprints")).body().contains(name));
        assertFalse(send(NW, GET("/api/v1/touchpoint-steps"))
                .body()
                .contains(published.steps().get(1).id()));
        assertFalse(send(NW, GET("/api/v1/benchmark-targets")).body().contains(target.id()));
    }
}
