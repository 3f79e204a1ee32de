package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Provisioning a tenant: fresh, repeated (no-op conflict), and failed then retried. */
class ProvisioningTest extends ApiTest {

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void a_fresh_tenant_becomes_active_with_its_schema_and_first_admin() {
        String slug = slug("fresh");
        String email = slug + "@example.test";
        Reply r = send("operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Fresh Co", email)));
        assertEquals(201, r.status(), r.body());
        ProvisionedTenant p = read(r, ProvisionedTenant.class);
        assertEquals(TenantStatus.ACTIVE, p.tenant().status());
        assertTrue(p.tenant().schemaCurrent());
        assertEquals("/api/v1/operator/tenants/" + slug, r.header("Location"));
        assertNotNull(p.temporaryPassword(), "the new admin's temporary password is shown once");
        String schema = schemaOf(slug);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_name = 'client'"));
        assertTrue(keycloak.userJsonByEmail(email).contains("\"" + slug + "\""), "the admin carries the tenant");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM rapport_control.operator_audit WHERE tenant_slug = '" + slug
                        + "' AND action = 'PROVISION' AND actor = 'operator'"));
    }

    @Test
    void provisioning_an_existing_tenant_again_is_a_409_and_changes_nothing() {
        String slug = slug("twice");
        send("operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Twice", slug + "@example.test")));
        Reply again = send(
                "operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Other", slug + "@example.test")));
        assertEquals(409, again.status());
        assertEquals(
                "Twice",
                read(send("operator", GET("/api/v1/operator/tenants/" + slug)), TenantView.class)
                        .displayName());
    }

    @Test
    void a_failed_provisioning_is_recorded_and_a_retry_completes_it() {
        String slug = slug("retry");
        String schema = schemaOf(slug);
        // a stray table in the schema makes Flyway refuse it: a real failure, not a simulated one
        execute("CREATE SCHEMA " + schema);
        execute("CREATE TABLE " + schema + ".stray (id INT)");
        Reply failed = send(
                "operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Retry", slug + "@example.test")));
        assertEquals(500, failed.status());
        TenantView afterFailure = read(send("operator", GET("/api/v1/operator/tenants/" + slug)), TenantView.class);
        assertEquals(TenantStatus.FAILED, afterFailure.status());
        assertFalse(afterFailure.lastMigration().ok(), String.valueOf(afterFailure.lastMigration()));
        assertNotNull(afterFailure.lastMigration().error());

        execute("DROP TABLE " + schema + ".stray");
        Reply retried = send(
                "operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Retry", slug + "@example.test")));
        assertEquals(201, retried.status(), retried.body());
        assertEquals(
                TenantStatus.ACTIVE,
                read(retried, ProvisionedTenant.class).tenant().status());
    }

    @Test
    void an_admin_email_of_another_tenant_is_refused() {
        Reply r = send(
                "operator",
                POST(
                        "/api/v1/operator/tenants",
                        new CreateTenant(slug("stolen"), "Stolen", "northwind.admin@example.test")));
        assertEquals(409, r.status());
        assertTrue(r.body().contains("adminEmail"));
    }

    @Test
    void an_invalid_slug_is_a_400_naming_slug() {
        Reply r = send(
                "operator", POST("/api/v1/operator/tenants", new CreateTenant("Bad Slug!", "X", "x@example.test")));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("\"field\":\"slug\""), r.body());
    }
}
