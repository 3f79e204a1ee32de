package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.support.ApiTest;
import io.micronaut.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which requests reach tenant data: only those whose token names an ACTIVE tenant with a current schema. Covers
 * suspension, a tenant lagging behind the code (refused until the migration job has run), and the job itself.
 */
class TenantGateTest extends ApiTest {
    @jakarta.inject.Inject
    TenantMigrationJob job;

    private String provisionedTenantWithManager() {
        String slug = "gate-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(
                201,
                send(
                                "operator",
                                POST(
                                        "/api/v1/operator/tenants",
                                        new CreateTenant(slug, "Gate", slug + "@example.test")))
                        .status());
        return slug;
    }

    @Test
    void a_token_without_a_tenant_is_a_401() {
        String user = keycloak.createUser(null, "account-manager");
        Reply r = send(user, GET("/api/v1/clients"));
        assertEquals(401, r.status());
        assertTrue(r.body().contains("no-tenant"));
    }

    @Test
    void a_token_for_an_unknown_tenant_is_a_403() {
        String user =
                keycloak.createUser("nowhere-" + UUID.randomUUID().toString().substring(0, 6), "account-manager");
        Reply r = send(user, GET("/api/v1/clients"));
        assertEquals(403, r.status());
        assertTrue(r.body().contains("unknown-tenant"));
    }

    @Test
    void a_suspended_tenant_is_refused_until_resumed() {
        String slug = provisionedTenantWithManager();
        String user = keycloak.createUser(slug, "account-manager");
        assertEquals(200, send(user, GET("/api/v1/clients")).status());
        assertEquals(
                200,
                send("operator", POST("/api/v1/operator/tenants/" + slug + "/suspend", ""))
                        .status());
        Reply refused = send(user, GET("/api/v1/clients"));
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("tenant-suspended"));
        assertEquals(
                200,
                send("operator", POST("/api/v1/operator/tenants/" + slug + "/resume", ""))
                        .status());
        assertEquals(200, send(user, GET("/api/v1/clients")).status());
    }

    @Test
    void a_tenant_behind_the_code_is_refused_with_503_and_served_after_the_migration_job() {
        String slug = provisionedTenantWithManager();
        String schema = schemaOf(slug);
        String user = keycloak.createUser(slug, "account-manager");
        // the tenant's schema as an older release left it: no tables, catalog version behind
        execute("DROP SCHEMA " + schema);
        execute("UPDATE rapport_control.tenant SET schema_version = NULL WHERE slug = '" + slug + "'");
        Reply refused = send(user, GET("/api/v1/clients"));
        assertEquals(503, refused.status());
        assertTrue(refused.body().contains("tenant-migrating"));

        MigrationRunView run = job.runNow(2);
        assertTrue(run.migrated() >= 1, "the lagging tenant is migrated");
        assertEquals(0, run.failed());
        MigrationRunView noop = job.runNow(2);
        assertEquals(0, noop.migrated(), "a second run has nothing to do");
        assertEquals(noop.tenants(), noop.skipped());

        Thread.yield();
        assertEquals(200, send(user, GET("/api/v1/clients")).status());
    }

    @Test
    void the_migration_endpoint_starts_a_run_that_can_be_followed() throws InterruptedException {
        Reply started = send("operator", POST("/api/v1/operator/tenants/migrations?workers=2", ""));
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location");
        MigrationRunView run = read(started, MigrationRunView.class);
        for (int i = 0; i < 100 && run.finishedAt() == null; i++) {
            Thread.sleep(100);
            run = read(send("operator", HttpRequest.GET(location)), MigrationRunView.class);
        }
        assertEquals("DONE", run.state());
        assertEquals(2, run.workers());
    }

    @Test
    void the_migration_endpoint_refuses_a_worker_count_outside_2_to_4() {
        Reply r = send("operator", POST("/api/v1/operator/tenants/migrations?workers=9", ""));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("\"field\":\"workers\""));
    }
}
