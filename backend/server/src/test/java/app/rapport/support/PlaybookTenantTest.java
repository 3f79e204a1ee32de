package app.rapport.support;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.FollowUp;
import app.rapport.api.care.Sentiment;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.tier.TierSettingsView;
import io.micronaut.core.type.Argument;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each test in a tenant of its own (lists, counts and nightly runs read the whole tenant, so the figures are exact),
 * with an admin, two account managers and service staff, a known playbook (a welcome call in 2 days and a needs
 * interview in 14 on EXPLORATION, a win-back visit in 7 on DECLINE, a monthly check-in on FORMATION), the thresholds
 * of {@link ValueFixtures#thresholds()} and a product.
 */
public abstract class PlaybookTenantTest extends ApiTest {
    protected static final LocalDate TODAY = LocalDate.now();
    protected String slug;
    protected String admin;
    protected String manager;
    protected String manager2;
    protected String staff;
    protected ProductView rice;

    @BeforeEach
    void aTenantWithAPlaybookAndTiers() {
        slug = "life-" + UUID.randomUUID().toString().substring(0, 6);
        ensureTenant(slug, "Lifecycle Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        manager2 = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        step(Stage.EXPLORATION, CareKind.CALL, "Welcome call", 2, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.EXPLORATION, CareKind.VISIT, "Needs interview", 14, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.DECLINE, CareKind.VISIT, "Win-back visit", 7, null, TenantRole.ACCOUNT_MANAGER);
        step(Stage.FORMATION, CareKind.CHECK_IN, "Monthly check", null, 30, TenantRole.SERVICE_STAFF);
        TierSettingsView tiers = read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class);
        assertEquals(
                200,
                send(
                                admin,
                                PUT("/api/v1/tiers", ValueFixtures.thresholds())
                                        .header("If-Match", "\"" + tiers.version() + "\""))
                        .status());
        rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product("Rice", "kg", null))), ProductView.class);
    }

    protected void step(Stage stage, CareKind kind, String title, Integer offset, Integer cadence, TenantRole role) {
        Reply r = send(
                admin,
                POST(
                        "/api/v1/playbook",
                        new PlaybookStepWrite(
                                stage,
                                null,
                                kind,
                                title,
                                offset,
                                cadence,
                                ServiceLevel.EXPECTED,
                                role,
                                "Do it well",
                                0,
                                null,
                                null)));
        assertEquals(201, r.status(), r.body());
    }

    /** A client the tenant admin registers: nobody owns it yet, its actions wait for their role. */
    protected String client(String name) {
        return clientBy(admin, name);
    }

    protected String clientBy(String user, String name) {
        return read(send(user, POST("/api/v1/clients", Fixtures.person(name))), ClientView.class)
                .id();
    }

    protected List<CareActionView> actions(String clientId) {
        return read(
                send(manager, GET("/api/v1/clients/" + clientId + "/care-actions")),
                Argument.listOf(CareActionView.class));
    }

    protected StageView stage(String clientId) {
        return read(send(manager, GET("/api/v1/clients/" + clientId + "/stage")), StageView.class);
    }

    protected TouchpointWrite touchpoint(String clientId, Integer rating, FollowUp followUp) {
        return new TouchpointWrite(
                clientId,
                Channel.PHONE,
                "Asked about the delivery",
                null,
                6,
                rating,
                rating != null && rating <= 2 ? Sentiment.NEGATIVE : null,
                ServiceLevel.EXPECTED,
                "Mrs Lin",
                null,
                followUp);
    }

    protected void boughtDaysAgo(String clientId, int... daysAgo) {
        for (int d : daysAgo) {
            assertEquals(
                    201,
                    send(
                                    manager,
                                    POST(
                                            "/api/v1/clients/" + clientId + "/purchases",
                                            ValueFixtures.purchase(rice.id(), d, "10", "100", "20")))
                            .status());
        }
    }

    /** A new client whose owner is the account manager: its playbook actions are theirs. */
    protected String owned(String name) {
        String id = client(name);
        assertEquals(
                200,
                send(manager, PUT("/api/v1/clients/" + id + "/owner", new Assignment(manager)))
                        .status());
        return id;
    }

    /** A client of the manager who bought four times and stopped, with two poor touchpoints: DECLINE is suggested. */
    protected String lapsing(String name) {
        String id = owned(name);
        boughtDaysAgo(id, 184, 154, 124, 94);
        send(staff, POST("/api/v1/touchpoints", touchpoint(id, 2, null)));
        send(staff, POST("/api/v1/touchpoints", touchpoint(id, 2, null)));
        return id;
    }

    /** A lapsing client whose suggested DECLINE the manager accepted. */
    protected String declined(String name) {
        String id = lapsing(name);
        SuggestionView s = read(send(manager, POST("/api/v1/clients/" + id + "/signals", "")), StageView.class)
                .suggestion();
        assertEquals(
                200,
                send(manager, POST("/api/v1/suggestions/" + s.id() + "/acceptance", new SuggestionDecision(null)))
                        .status());
        return id;
    }

    protected void classify() {
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
    }
}
