package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.RestoreResult;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.api.purchase.ProductView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Tenants can leave, with their data, and failed or abandoned ones do not pile up: the operator exports a tenant's
 * whole data and restores it into a fresh tenant (every table's rows and checksum alike), retries a failed
 * provisioning, and deletes a suspended tenant for good while its slug stays reserved.
 */
class TenantLeavingTest extends ApiTest {

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private String provision(String slug) {
        Reply r = send(
                "operator",
                POST(
                        "/api/v1/operator/tenants",
                        new CreateTenant(slug, "Leaving " + slug, slug + ".admin@example.test")));
        assertEquals(201, r.status(), r.body());
        return keycloak.createUser(slug, "tenant-admin");
    }

    /** A tenant with clients, contacts, tiers, purchases, a classification and touchpoints. */
    private void fill(String admin) {
        configureTiers(admin, ValueFixtures.thresholds());
        ProductView rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product("Rice 米", "kg", "0.3"))), ProductView.class);
        for (int i = 0; i < 5; i++) {
            ClientView c = read(
                    send(admin, POST("/api/v1/clients", Fixtures.organisation("Client " + i + " 客户"))),
                    ClientView.class);
            send(
                    admin,
                    POST(
                            "/api/v1/clients/" + c.id() + "/purchases",
                            ValueFixtures.purchase(rice.id(), 10 + i, "2.5", "123.45", "20.10")));
            send(
                    admin,
                    POST(
                            "/api/v1/touchpoints",
                            new TouchpointWrite(
                                    c.id(),
                                    Channel.PHONE,
                                    "Called, said \"hi\"",
                                    null,
                                    5,
                                    4,
                                    null,
                                    null,
                                    "Li",
                                    null,
                                    null)));
        }
        assertEquals(200, send(admin, POST("/api/v1/tiers/classifications", "")).status());
    }

    private byte[] export(String slug) {
        HttpResponse<byte[]> r = http.toBlocking()
                .exchange(
                        GET("/api/v1/operator/tenants/" + slug + "/export").bearerAuth(token("operator")),
                        byte[].class);
        assertEquals(200, r.code());
        assertTrue(r.getContentType().orElseThrow().toString().startsWith("application/zip"));
        return r.body();
    }

    private Reply restore(String slug, byte[] zip) {
        MutableHttpRequest<byte[]> r =
                POST("/api/v1/operator/tenants/" + slug + "/restore", zip).contentType(MediaType.of("application/zip"));
        return send("operator", r);
    }

    /** Per table of the schema: its row count and the database's own checksum of its contents. */
    private static Map<String, String> contents(String schema) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = database();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                        + schema + "' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            List<String> tables = new java.util.ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            for (String t : tables) {
                long n = count("SELECT COUNT(*) FROM " + schema + "." + t);
                try (var sum = c.createStatement().executeQuery("CHECKSUM TABLE " + schema + "." + t)) {
                    sum.next();
                    out.put(t, n + " rows, checksum " + sum.getLong(2));
                }
            }
        }
        return out;
    }

    @Test
    void a_tenants_export_restores_into_a_fresh_tenant_table_for_table() throws Exception {
        String from = slug("leave-a");
        fill(provision(from));
        byte[] zip = export(from);
        Map<String, byte[]> files = unzip(zip);
        assertTrue(files.containsKey("manifest.json"));
        assertTrue(new String(files.get("manifest.json"), StandardCharsets.UTF_8)
                .contains("\"schemaVersion\" : \"" + TenantSchema.CURRENT_VERSION + "\""));
        assertTrue(
                files.containsKey("tables/client.json") && files.containsKey("tables/touchpoint.json"),
                files.keySet().toString());

        String to = slug("leave-b");
        String admin = provision(to);
        Reply restored = restore(to, zip);
        assertEquals(200, restored.status(), restored.body());
        assertTrue(read(restored, RestoreResult.class).tables().stream()
                .anyMatch(t -> t.table().equals("client") && t.rows() == 5));
        assertEquals(contents(schemaOf(from)), contents(schemaOf(to)));
        assertEquals(
                5,
                read(send(admin, GET("/api/v1/clients")), app.rapport.api.common.PageView.class)
                        .total());
    }

    @Test
    void a_restore_is_refused_over_data_and_when_the_zip_does_not_read_back_as_exported() throws Exception {
        String from = slug("leave-c");
        fill(provision(from));
        byte[] zip = export(from);
        Reply overData = restore(from, zip);
        assertEquals(409, overData.status(), overData.body());
        assertTrue(overData.body().contains("tenant-not-empty"));

        String to = slug("leave-d");
        provision(to);
        Map<String, byte[]> files = unzip(zip);
        files.put(
                "tables/client.json",
                new String(files.get("tables/client.json"), StandardCharsets.UTF_8)
                        .replace("Client 1", "Client X")
                        .getBytes(StandardCharsets.UTF_8));
        Reply tampered = restore(to, zip(files));
        assertEquals(422, tampered.status(), tampered.body());
        assertTrue(tampered.body().contains("restore-mismatch"), tampered.body());
        assertEquals(0, count("SELECT COUNT(*) FROM " + schemaOf(to) + ".client"));
        Reply notAZip = restore(to, "not a zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notAZip.status(), notAZip.body());
    }

    @Test
    void a_failed_provisioning_is_retried_with_what_it_was_asked_for() {
        String s = slug("leave-e");
        provision(s);
        execute("UPDATE rapport_control.tenant SET status = 'FAILED' WHERE slug = '" + s + "'");
        Reply retried = send("operator", POST("/api/v1/operator/tenants/" + s + "/retry", ""));
        assertEquals(200, retried.status(), retried.body());
        assertEquals(
                TenantStatus.ACTIVE,
                read(send("operator", GET("/api/v1/operator/tenants/" + s)), TenantView.class)
                        .status());
        assertEquals(
                409,
                send("operator", POST("/api/v1/operator/tenants/" + s + "/retry", ""))
                        .status());
    }

    @Test
    void a_suspended_tenant_is_deleted_for_good_and_its_slug_stays_reserved() throws SQLException {
        String s = slug("leave-f");
        String admin = provision(s);
        Reply active = send("operator", POST("/api/v1/operator/tenants/" + s + "/deletion", new TenantDeletion(s)));
        assertEquals(409, active.status(), active.body());
        assertEquals(
                200,
                send("operator", POST("/api/v1/operator/tenants/" + s + "/suspend", ""))
                        .status());
        Reply wrong =
                send("operator", POST("/api/v1/operator/tenants/" + s + "/deletion", new TenantDeletion("other")));
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("confirm"));
        assertEquals(
                403,
                send("harbour.admin", POST("/api/v1/operator/tenants/" + s + "/deletion", new TenantDeletion(s)))
                        .status());

        Reply deleted = send("operator", POST("/api/v1/operator/tenants/" + s + "/deletion", new TenantDeletion(s)));
        assertEquals(200, deleted.status(), deleted.body());
        TenantView view = read(deleted, TenantView.class);
        assertEquals(TenantStatus.DELETED, view.status());
        assertEquals("operator", view.deletedBy());
        assertNotNull(view.deletedAt());
        assertEquals(
                0, count("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + schemaOf(s) + "'"));
        assertNotEquals(
                200,
                keycloak.passwordGrant("rapport-cli", admin, app.rapport.testing.Keycloak.DEMO_PASSWORD)
                        .statusCode());
        Reply again = send(
                "operator", POST("/api/v1/operator/tenants", new CreateTenant(s, "Again", s + ".again@example.test")));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("slug-reserved"), again.body());
        assertEquals(
                TenantStatus.DELETED,
                read(send("operator", GET("/api/v1/operator/tenants/" + s)), TenantView.class)
                        .status());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
