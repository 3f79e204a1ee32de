package app.rapport.support;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSkip;
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
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The requests of the lifecycle and care role matrices: each makes, as the tenant admin, a fresh client and whatever
 * its path names (a care action, a strategy step, a suggestion); the strategies it wrote are removed afterwards.
 */
public abstract class RelationshipRoleMatrix extends RoleMatrixTest {
    private static final String STEP_TITLE = "Matrix step";

    /** The strategies the matrix wrote are removed again, so that other tests' clients do not get them. */
    @AfterAll
    void removeMatrixSteps() {
        read(send("harbour.admin", HttpRequest.GET("/api/v1/playbook")), Argument.listOf(PlaybookStepView.class))
                .stream()
                .filter(s -> s.title().equals(STEP_TITLE))
                .forEach(s -> send("harbour.admin", HttpRequest.DELETE("/api/v1/playbook/" + s.id())));
    }

    private static PlaybookStepWrite step() {
        return new PlaybookStepWrite(
                Stage.STABILITY,
                null,
                CareKind.GIFT,
                STEP_TITLE,
                3,
                null,
                ServiceLevel.SURPRISE,
                TenantRole.ACCOUNT_MANAGER,
                null,
                9,
                null,
                null);
    }

    private static CareActionWrite action(String owner) {
        return new CareActionWrite(CareKind.CALL, "Matrix call", LocalDate.now().plusDays(1), owner, null, null);
    }

    /** Builds the request, first making (as the tenant admin) whatever rows its path names. */
    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = endpointPath.replace("{none}", java.util.UUID.randomUUID().toString());
        ClientView client = made("/clients", Fixtures.person(Fixtures.unique("Matrix Relation")), ClientView.class);
        String c = "/clients/" + client.id();
        String actionId = null;
        if (path.contains("{action}") || path.endsWith("/reassignment")) {
            actionId = made(c + "/care-actions", action("harbour.admin"), CareActionView.class)
                    .id();
            path = path.replace("{action}", actionId);
        }
        if (path.contains("{staffs}")) {
            path = path.replace(
                    "{staffs}",
                    made(c + "/care-actions", action("harbour.staff"), CareActionView.class)
                            .id());
        }
        if (path.contains("{step}")) {
            path = path.replace(
                    "{step}", made("/playbook", step(), PlaybookStepView.class).id());
        }
        if (path.contains("{suggestion}")) {
            ProductView rice = made(
                    "/products", ValueFixtures.product(Fixtures.unique("Matrix Rice"), "kg", null), ProductView.class);
            for (int d : new int[] {184, 154, 124, 94}) {
                made(c + "/purchases", ValueFixtures.purchase(rice.id(), d, "1", "10", "1"), Object.class);
            }
            StageView s =
                    read(send("harbour.admin", HttpRequest.POST("/api/v1" + c + "/signals", "")), StageView.class);
            path = path.replace("{suggestion}", s.suggestion().id());
        }
        path = "/api/v1" + path.replace("{id}", client.id());
        Object body =
                switch (method.name()) {
                    case "POST", "PUT" -> body(path, client, actionId);
                    default -> null;
                };
        MutableHttpRequest<Object> r = HttpRequest.create(method, path);
        if (body != null) {
            r.body(body);
        }
        return r;
    }

    private static Object body(String path, ClientView client, String actionId) {
        if (path.endsWith("/stage-changes")) {
            return new StageChangeWrite(Stage.FORMATION, "second order placed");
        }
        if (path.endsWith("/owner")) {
            return new Assignment("harbour.manager");
        }
        if (path.endsWith("/acceptance")) {
            return new SuggestionDecision(null);
        }
        if (path.endsWith("/dismissal")) {
            return new SuggestionDecision("seasonal buyer");
        }
        if (path.contains("/playbook")) {
            return step();
        }
        if (path.endsWith("/care-actions")) {
            return action(null);
        }
        if (path.endsWith("/completion")) {
            return new CareCompletion("Done in the matrix", ServiceLevel.EXPECTED);
        }
        if (path.endsWith("/skip")) {
            return new CareSkip("Client travelling");
        }
        if (path.endsWith("/reassignment")) {
            return new BulkReassignment(List.of(actionId), "harbour.manager");
        }
        if (path.endsWith("/touchpoints")) {
            return new TouchpointWrite(
                    client.id(), Channel.COUNTER, "Matrix visit", null, null, null, null, null, null, null, null);
        }
        return "";
    }
}
