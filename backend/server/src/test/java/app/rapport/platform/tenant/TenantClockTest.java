package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.MyDay;
import app.rapport.api.client.ClientView;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.TenantLocale;
import app.rapport.api.operator.TenantView;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each tenant lives on its own clock. Two tenants 25 hours apart (Kiritimati, UTC+14; Pago Pago, UTC−11) never share
 * a date, so whatever the hour of the test, "today" differs between them: validation, my day and the nightly runs
 * each follow the tenant's zone, never the server's.
 */
class TenantClockTest extends ApiTest {
    private static final ZoneId EAST = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId WEST = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    NightlyRuns nightly;

    private Zoned east;
    private Zoned west;

    private final class Zoned {
        final String slug;
        final String manager;
        final String admin;
        final String client;

        Zoned(ZoneId zone) {
            slug = "clock-" + UUID.randomUUID().toString().substring(0, 6);
            Reply r = send(
                    "operator",
                    POST(
                            "/api/v1/operator/tenants",
                            new CreateTenant(
                                    slug,
                                    "Clock " + zone,
                                    slug + ".admin@example.test",
                                    new TenantLocale(zone.getId(), "USD", "en"))));
            assertEquals(201, r.status(), r.body());
            manager = keycloak.createUser(slug, "account-manager");
            admin = keycloak.createUser(slug, "tenant-admin");
            client = read(
                            send(manager, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Clock")))),
                            ClientView.class)
                    .id();
        }

        LocalDate today() {
            return LocalDate.now(ZoneId.of(read(send(manager, GET("/api/v1/workspace")), WorkspaceView.class)
                    .locale()
                    .timeZone()));
        }

        Reply plan(LocalDate due) {
            return send(
                    manager,
                    POST(
                            "/api/v1/clients/" + client + "/care-actions",
                            new CareActionWrite(CareKind.CALL, "Call", due, manager, null, null)));
        }
    }

    @BeforeAll
    void twoTenantsADayApart() {
        east = new Zoned(EAST);
        west = new Zoned(WEST);
    }

    @Test
    void the_tenants_zone_is_chosen_at_provisioning_and_shown_to_operator_and_users() {
        TenantView t = read(send("operator", GET("/api/v1/operator/tenants/" + east.slug)), TenantView.class);
        assertEquals("Pacific/Kiritimati", t.locale().timeZone());
        assertEquals(
                "Pacific/Pago_Pago",
                read(send(west.manager, GET("/api/v1/workspace")), WorkspaceView.class)
                        .locale()
                        .timeZone());
    }

    @Test
    void a_due_date_is_checked_against_the_tenants_today() {
        LocalDate eastToday = LocalDate.now(EAST);
        LocalDate westToday = LocalDate.now(WEST);
        assertTrue(eastToday.isAfter(westToday));
        assertEquals(201, west.plan(westToday).status());
        Reply late = east.plan(westToday);
        assertEquals(400, late.status(), late.body());
        assertTrue(late.body().contains("dueOn"), late.body());
        assertEquals(201, east.plan(eastToday).status());
    }

    @Test
    void my_day_is_the_tenants_day() {
        assertEquals(
                LocalDate.now(EAST),
                read(send(east.manager, GET("/api/v1/care-actions/my-day")), MyDay.class)
                        .today());
        assertEquals(
                LocalDate.now(WEST),
                read(send(west.manager, GET("/api/v1/care-actions/my-day")), MyDay.class)
                        .today());
        CareActionView due = read(west.plan(LocalDate.now(WEST)), CareActionView.class);
        MyDay day = read(send(west.manager, GET("/api/v1/care-actions/my-day")), MyDay.class);
        assertTrue(day.dueToday().stream().anyMatch(a -> a.id().equals(due.id())), day.toString());
    }

    @Test
    void an_admin_moves_the_workspace_to_another_zone_and_its_today_follows() {
        Zoned z = new Zoned(WEST);
        Reply refused =
                send(z.admin, PUT("/api/v1/workspace/locale", new TenantLocale("Mars/Olympus_Mons", "USD", "en")));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("timeZone"), refused.body());
        assertEquals(
                403,
                send(z.manager, PUT("/api/v1/workspace/locale", new TenantLocale("Asia/Shanghai", "CNY", "zh-CN")))
                        .status());
        Reply moved =
                send(z.admin, PUT("/api/v1/workspace/locale", new TenantLocale("Pacific/Kiritimati", "CNY", "zh-CN")));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("CNY", read(moved, WorkspaceView.class).locale().currency());
        assertEquals(
                "Pacific/Pago_Pago",
                read(send(west.manager, GET("/api/v1/workspace")), WorkspaceView.class)
                        .locale()
                        .timeZone(),
                "another tenant's clock is not touched");
        assertEquals(LocalDate.now(EAST), z.today());
        assertEquals(
                LocalDate.now(EAST),
                read(send(z.manager, GET("/api/v1/care-actions/my-day")), MyDay.class)
                        .today());
    }

    @Test
    void nightly_jobs_run_at_night_in_each_tenants_zone_and_once() {
        // 03:00 in Kiritimati is 13:00 the day before in UTC and 02:00 two days before in Pago Pago... pick the
        // instant that is 03:00 in the east: the east's jobs (02:15, 02:45) are due, the west's are not yet.
        Instant threeAmEast =
                LocalDate.now(EAST).atTime(LocalTime.of(3, 0)).atZone(EAST).toInstant();
        List<String> ran = nightly.tick(threeAmEast);
        assertTrue(ran.contains("tiers@" + east.slug), ran.toString());
        assertTrue(ran.contains("signals@" + east.slug), ran.toString());
        assertTrue(ran.stream().noneMatch(r -> r.endsWith("@" + west.slug)), ran.toString());
        List<String> again = nightly.tick(threeAmEast);
        assertTrue(again.stream().noneMatch(r -> r.endsWith("@" + east.slug)), again.toString());
        Instant threeAmWest =
                LocalDate.now(WEST).atTime(LocalTime.of(3, 0)).atZone(WEST).toInstant();
        assertTrue(nightly.tick(threeAmWest).contains("tiers@" + west.slug));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM rapport_control.nightly_run WHERE job = 'tiers' AND tenant_slug = '"
                        + east.slug + "'"));
    }
}
