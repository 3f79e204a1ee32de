package app.rapport.care;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.client.ClientView;
import app.rapport.support.ApiTest;
import app.rapport.support.DesignFixtures;
import app.rapport.support.Fixtures;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Views carry what the server decided about the caller — whether they may close a care action, whether they may
 * change a target — so that a UI offers exactly what the API will accept, without copying the rules.
 */
class ViewPermissionsTest extends ApiTest {
    private final String slug = "perm-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;
    private String manager;
    private String otherManager;
    private String staff;
    private String otherStaff;
    private ClientView client;

    @BeforeAll
    void aTenantOfItsOwn() {
        ensureTenant(slug, "Permission Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        otherManager = keycloak.createUser(slug, "account-manager");
        staff = keycloak.createUser(slug, "service-staff");
        otherStaff = keycloak.createUser(slug, "service-staff");
        client =
                read(send(manager, POST("/api/v1/clients", Fixtures.person("Permission Household"))), ClientView.class);
    }

    private CareActionView actionOf(String owner) {
        return read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + client.id() + "/care-actions",
                                new CareActionWrite(
                                        CareKind.CALL,
                                        "Call back",
                                        LocalDate.now().plusDays(1),
                                        owner,
                                        null,
                                        null))),
                CareActionView.class);
    }

    private CareActionView asSeenBy(String user, CareActionView a) {
        return read(send(user, GET("/api/v1/care-actions/" + a.id())), CareActionView.class);
    }

    @Test
    void staff_may_close_their_own_action_and_not_a_colleagues() {
        CareActionView mine = actionOf(staff);
        assertTrue(asSeenBy(staff, mine).mayClose());
        assertFalse(asSeenBy(otherStaff, mine).mayClose());
        assertEquals(
                403,
                send(otherStaff, POST("/api/v1/care-actions/" + mine.id() + "/completion", """
                {"outcome":"done","deliveredLevel":"EXPECTED"}"""))
                        .status());
    }

    @Test
    void managers_and_admins_may_close_any_action() {
        CareActionView staffs = actionOf(staff);
        assertTrue(asSeenBy(manager, staffs).mayClose());
        assertTrue(asSeenBy(admin, staffs).mayClose());
    }

    @Test
    void a_manager_may_change_their_own_target_and_not_a_colleagues() {
        TargetView t = read(
                send(
                        manager,
                        POST(
                                "/api/v1/benchmark-targets",
                                DesignFixtures.days(
                                        "Days to answer",
                                        Dimension.TIMELINESS,
                                        10,
                                        LocalDate.now().minusDays(10),
                                        3,
                                        LocalDate.now().plusDays(60),
                                        "Rival",
                                        5,
                                        manager))),
                TargetView.class);
        assertTrue(read(send(manager, GET("/api/v1/benchmark-targets/" + t.id())), TargetView.class)
                .mayChange());
        assertFalse(read(send(otherManager, GET("/api/v1/benchmark-targets/" + t.id())), TargetView.class)
                .mayChange());
        assertTrue(read(send(admin, GET("/api/v1/benchmark-targets/" + t.id())), TargetView.class)
                .mayChange());
    }
}
