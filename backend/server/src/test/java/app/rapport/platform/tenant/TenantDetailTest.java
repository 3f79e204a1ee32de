package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.PageView;
import app.rapport.api.operator.AdminCredentials;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.TenantDetail;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the operator sees of one tenant and of the catalog: the schema's migration history, the first admin's account
 * with a fresh invitation when it is lost, clients, users and storage; the catalog searched, filtered by status and
 * paged.
 */
class TenantDetailTest extends ApiTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PageView<TenantView> catalog(String query) {
        Reply r = send("operator", GET("/api/v1/operator/tenants" + query));
        assertEquals(200, r.status(), r.body());
        return (PageView<TenantView>) read(r, (Argument) Argument.of(PageView.class, TenantView.class));
    }

    @Test
    void a_tenants_detail_shows_its_migrations_admin_and_usage_and_a_lost_invitation_is_renewed() {
        String slug = "detail-" + UUID.randomUUID().toString().substring(0, 6);
        String email = slug + ".admin@example.test";
        ProvisionedTenant made = read(
                send("operator", POST("/api/v1/operator/tenants", new CreateTenant(slug, "Detail Co", email))),
                ProvisionedTenant.class);
        String admin = keycloak.createUser(slug, "tenant-admin");
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    201,
                    send(admin, POST("/api/v1/clients", Fixtures.organisation(Fixtures.unique("Detail Client"))))
                            .status());
        }

        TenantDetail d =
                read(send("operator", GET("/api/v1/operator/tenants/" + slug + "/detail")), TenantDetail.class);
        assertEquals(slug, d.tenant().slug());
        assertEquals(
                Integer.parseInt(TenantSchema.CURRENT_VERSION),
                d.migrations().size(),
                d.migrations().toString());
        assertEquals("1", d.migrations().get(0).version());
        assertTrue(d.migrations().stream().allMatch(TenantDetail.AppliedMigration::success));
        assertEquals(2, d.usage().clients());
        assertEquals(2, d.usage().users(), "the first admin and the one made here");
        assertTrue(d.usage().storageBytes() > 0);
        assertEquals(email, d.admin().email());
        assertTrue(d.admin().exists() && d.admin().enabled());
        assertTrue(d.admin().invitationPending(), "the temporary password is not replaced yet");

        Reply reset = send("operator", POST("/api/v1/operator/tenants/" + slug + "/admin-password", ""));
        assertEquals(200, reset.status(), reset.body());
        AdminCredentials fresh = read(reset, AdminCredentials.class);
        assertEquals(made.adminUsername(), fresh.username());
        assertNotEquals(made.temporaryPassword(), fresh.temporaryPassword());
        // Keycloak knows the new password (and still asks for a new one), the old one no longer works
        String withNew = keycloak.passwordGrant("rapport-cli", fresh.username(), fresh.temporaryPassword())
                .body();
        assertTrue(withNew.contains("not fully set up"), withNew);
        String withOld = keycloak.passwordGrant("rapport-cli", fresh.username(), made.temporaryPassword())
                .body();
        assertTrue(withOld.contains("Invalid user credentials"), withOld);
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM rapport_control.operator_audit WHERE tenant_slug = '" + slug
                        + "' AND action = 'RESET_ADMIN_PASSWORD' AND actor = 'operator'"));

        assertEquals(
                404,
                send("operator", GET("/api/v1/operator/tenants/no-such-tenant/detail"))
                        .status());
        assertEquals(
                404,
                send("operator", POST("/api/v1/operator/tenants/no-such-tenant/admin-password", ""))
                        .status());
    }

    @Test
    void the_catalog_is_searched_filtered_by_status_and_paged() {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        for (int i = 0; i < 3; i++) {
            ensureTenant("cat-" + tag + "-" + i, "Catalog " + tag + " " + i, "cat-" + tag + "-" + i + "@example.test");
        }
        send("operator", POST("/api/v1/operator/tenants/cat-" + tag + "-1/suspend", ""));

        PageView<TenantView> all = catalog("?q=" + tag);
        assertEquals(3, all.total());
        assertEquals(
                List.of("cat-" + tag + "-0", "cat-" + tag + "-1", "cat-" + tag + "-2"),
                all.items().stream().map(TenantView::slug).toList());
        PageView<TenantView> suspended = catalog("?q=" + tag + "&status=SUSPENDED");
        assertEquals(
                List.of("cat-" + tag + "-1"),
                suspended.items().stream().map(TenantView::slug).toList());
        assertTrue(suspended.items().stream().allMatch(t -> t.status() == TenantStatus.SUSPENDED));
        PageView<TenantView> second = catalog("?q=" + tag + "&size=2&page=1");
        assertEquals(
                List.of("cat-" + tag + "-2"),
                second.items().stream().map(TenantView::slug).toList());
        assertEquals(3, second.total());
        assertEquals(1, catalog("?q=" + "cat-" + tag + "-2%40example").total(), "by the admin's e-mail too");
        assertEquals(0, catalog("?q=%25").total(), "a wildcard is a literal: no slug holds a %");
        assertEquals(
                400,
                send("operator", GET("/api/v1/operator/tenants?status=SLEEPING"))
                        .status());
    }
}
