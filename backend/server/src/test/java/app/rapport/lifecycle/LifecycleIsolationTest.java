package app.rapport.lifecycle;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.Member;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.purchase.ProductView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Northwind can neither read nor change Harbour's stages, suggestions, strategies, care actions or touchpoints —
 * not by guessing ids, not by naming Harbour's client in a touchpoint, and not through its own lists.
 */
class LifecycleIsolationTest extends ApiTest {
    private static final String NW = "northwind.admin";
    private ClientView harbours;
    private String base;
    private String actionId;
    private String suggestionId;
    private String stepId;

    @BeforeAll
    void harbourHasALifecycle() {
        harbours = read(
                send("harbour.manager", POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Isolated Relation")))),
                ClientView.class);
        base = "/api/v1/clients/" + harbours.id();
        actionId = read(
                        send(
                                "harbour.manager",
                                POST(
                                        base + "/care-actions",
                                        new CareActionWrite(
                                                CareKind.VISIT,
                                                "Isolated visit",
                                                LocalDate.now().plusDays(2),
                                                "harbour.manager",
                                                null,
                                                null))),
                        CareActionView.class)
                .id();
        send(
                "harbour.staff",
                POST(
                        "/api/v1/touchpoints",
                        new TouchpointWrite(
                                harbours.id(),
                                Channel.VISIT,
                                "Secret touchpoint",
                                null,
                                null,
                                2,
                                null,
                                null,
                                null,
                                null,
                                null)));
        ProductView rice = read(
                send(
                        "harbour.manager",
                        POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Isolated Rice"), "kg", null))),
                ProductView.class);
        for (int d : new int[] {184, 154, 124, 94}) {
            send("harbour.manager", POST(base + "/purchases", ValueFixtures.purchase(rice.id(), d, "1", "10", "1")));
        }
        suggestionId = read(send("harbour.manager", POST(base + "/signals", "")), StageView.class)
                .suggestion()
                .id();
        stepId = read(
                        send(
                                "harbour.admin",
                                POST(
                                        "/api/v1/playbook",
                                        new PlaybookStepWrite(
                                                Stage.STABILITY,
                                                null,
                                                CareKind.GIFT,
                                                "Isolated step",
                                                5,
                                                null,
                                                ServiceLevel.SURPRISE,
                                                TenantRole.ACCOUNT_MANAGER,
                                                null,
                                                0,
                                                null,
                                                null))),
                        PlaybookStepView.class)
                .id();
    }

    @AfterAll
    void removeTheStep() {
        send("harbour.admin", DELETE("/api/v1/playbook/" + stepId));
    }

    @Test
    void harbours_client_records_are_not_found_for_northwind() {
        for (String path : List.of("/stage", "/timeline", "/touchpoints", "/care-actions")) {
            assertEquals(404, send(NW, GET(base + path)).status(), path);
        }
        assertEquals(404, send(NW, GET("/api/v1/care-actions/" + actionId)).status());
    }

    @Test
    void northwind_changes_nothing_of_harbours() {
        assertEquals(
                404,
                send(NW, POST(base + "/stage-changes", new StageChangeWrite(Stage.DECLINE, "x")))
                        .status());
        assertEquals(
                404,
                send(NW, PUT(base + "/owner", new Assignment("northwind.manager")))
                        .status());
        assertEquals(404, send(NW, POST(base + "/signals", "")).status());
        assertEquals(
                404,
                send(
                                NW,
                                POST(
                                        base + "/care-actions",
                                        new CareActionWrite(
                                                CareKind.CALL, "Intrude", LocalDate.now(), null, null, null)))
                        .status());
        assertEquals(
                404,
                send(
                                NW,
                                POST(
                                        "/api/v1/care-actions/" + actionId + "/completion",
                                        new CareCompletion("x", ServiceLevel.BASIC)))
                        .status());
        assertEquals(
                404,
                send(NW, POST("/api/v1/care-actions/" + actionId + "/skip", new CareSkip("x")))
                        .status());
        assertEquals(
                404,
                send(NW, PUT("/api/v1/care-actions/" + actionId + "/owner", new Assignment("northwind.manager")))
                        .status());
        assertEquals(
                400,
                send(
                                NW,
                                POST(
                                        "/api/v1/care-actions/reassignment",
                                        new BulkReassignment(List.of(actionId), "northwind.manager")))
                        .status());
        assertEquals(
                404,
                send(NW, POST("/api/v1/suggestions/" + suggestionId + "/acceptance", new SuggestionDecision(null)))
                        .status());
        assertEquals(
                404,
                send(NW, POST("/api/v1/suggestions/" + suggestionId + "/dismissal", new SuggestionDecision("x")))
                        .status());
        assertEquals(
                404,
                send(
                                NW,
                                PUT(
                                        "/api/v1/playbook/" + stepId,
                                        new PlaybookStepWrite(
                                                Stage.STABILITY,
                                                null,
                                                CareKind.GIFT,
                                                "Hijacked",
                                                5,
                                                null,
                                                ServiceLevel.SURPRISE,
                                                TenantRole.ACCOUNT_MANAGER,
                                                null,
                                                0,
                                                null,
                                                null)))
                        .status());
        assertEquals(404, send(NW, DELETE("/api/v1/playbook/" + stepId)).status());
        Reply tp = send(
                "northwind.staff",
                POST(
                        "/api/v1/touchpoints",
                        new TouchpointWrite(
                                harbours.id(),
                                Channel.PHONE,
                                "Intrude",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        assertEquals(400, tp.status());
        assertTrue(tp.body().contains("clientId"));

        StageView still = read(send("harbour.manager", GET(base + "/stage")), StageView.class);
        assertEquals(Stage.EXPLORATION, still.stage());
        assertEquals(suggestionId, still.suggestion().id());
        CareActionView action =
                read(send("harbour.manager", GET("/api/v1/care-actions/" + actionId)), CareActionView.class);
        assertEquals("harbour.manager", action.owner());
        assertEquals(
                1,
                read(send("harbour.manager", GET(base + "/touchpoints")), Argument.listOf(Object.class))
                        .size());
    }

    @Test
    void northwinds_lists_never_show_harbours_rows() {
        for (String path : List.of(
                "/api/v1/suggestions",
                "/api/v1/playbook",
                "/api/v1/care-actions/open",
                "/api/v1/care-actions/my-day",
                "/api/v1/care-actions/team",
                "/api/v1/portfolio")) {
            Reply r = send(NW, GET(path));
            assertEquals(200, r.status(), path);
            for (String secret : List.of(harbours.id(), actionId, suggestionId, stepId, "harbour.")) {
                assertFalse(r.body().contains(secret), path + " shows " + secret);
            }
        }
        List<Member> members = read(send(NW, GET("/api/v1/team/members")), Argument.listOf(Member.class));
        assertTrue(members.stream().noneMatch(m -> m.username().startsWith("harbour.")), members.toString());
        assertTrue(members.stream().anyMatch(m -> m.username().equals("northwind.manager")), members.toString());
    }
}
