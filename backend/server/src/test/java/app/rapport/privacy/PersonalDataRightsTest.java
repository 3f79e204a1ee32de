package app.rapport.privacy;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.tier.TierPin;
import app.rapport.platform.privacy.PersonalDataPart;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's rights over everything Rapport holds, whichever feature holds it: the export carries every kind of
 * record, erasure leaves no trace of what was written about the person anywhere in the tenant's schema (audit trail
 * included), and every table that refers to a client is covered by a feature's part.
 */
class PersonalDataRightsTest extends ApiTest {
    /** Tables that refer to a client yet hold nothing about the person, each with its reason. */
    private static final Map<String, String> EXCLUDED = Map.of();

    private final String slug = "privacy-" + UUID.randomUUID().toString().substring(0, 6);
    private String admin;
    private String manager;
    private ProductView rice;
    private String tierId;

    @Inject
    List<PersonalDataPart> parts;

    @BeforeAll
    void aTenantWithTiers() {
        ensureTenant(slug, "Privacy Test", slug + ".admin@example.test");
        admin = keycloak.createUser(slug, "tenant-admin");
        manager = keycloak.createUser(slug, "account-manager");
        tierId =
                configureTiers(admin, ValueFixtures.thresholds()).tiers().get(0).id();
        rice = read(
                send(admin, POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Rice"), "kg", null))),
                ProductView.class);
    }

    private String schema() {
        return schemaOf(slug);
    }

    /** A person with a record in every feature, every free text carrying {@code marker}. */
    private String aPersonWithEverything(String marker) {
        ClientView c = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients",
                                new ClientWrite(
                                        ClientKind.PERSON,
                                        "Lin " + marker,
                                        null,
                                        marker + "@example.test",
                                        "+86 139 0000 0001",
                                        "Hangzhou",
                                        null,
                                        "Notes " + marker,
                                        null))),
                ClientView.class);
        String base = "/api/v1/clients/" + c.id();
        ok(send(manager, POST(base + "/facts", new FactWrite(FactCategory.HOUSEHOLD, "Pet", FactType.TEXT, marker))));
        ok(send(manager, POST(base + "/needs", new NeedWrite(NeedOrigin.STATED, "Wants " + marker, null))));
        ok(send(
                manager,
                POST(
                        base + "/interactions",
                        new InteractionWrite(
                                Direction.INBOUND,
                                Channel.PHONE,
                                null,
                                "Mrs " + marker,
                                "Said " + marker,
                                "Answered " + marker))));
        OfferView offer = read(
                send(
                        manager,
                        POST(
                                base + "/offers",
                                new OfferWrite(
                                        "Tasting",
                                        "Wine",
                                        "Because " + marker,
                                        LocalDate.now().plusDays(9)))),
                OfferView.class);
        ok(send(
                manager,
                PUT(
                        base + "/offers/" + offer.id() + "/answer",
                        new OfferAnswer(OfferStatus.ACCEPTED, "Yes " + marker))));
        ok(send(manager, POST(base + "/purchases", ValueFixtures.purchase(rice.id(), 3, "5", "50", "10"))));
        ok(send(
                manager,
                POST(
                        "/api/v1/touchpoints",
                        new TouchpointWrite(
                                c.id(),
                                Channel.VISIT,
                                "Visited " + marker,
                                null,
                                10,
                                4,
                                null,
                                ServiceLevel.EXPECTED,
                                "Son " + marker,
                                null,
                                null))));
        CareActionView action = read(
                send(
                        manager,
                        POST(
                                base + "/care-actions",
                                new CareActionWrite(
                                        CareKind.CALL,
                                        "Call about " + marker,
                                        LocalDate.now().plusDays(2),
                                        manager,
                                        "Ask about " + marker,
                                        null))),
                CareActionView.class);
        ok(send(
                manager,
                POST(
                        "/api/v1/care-actions/" + action.id() + "/completion",
                        new CareCompletion("Talked about " + marker, ServiceLevel.SURPRISE))));
        ok(send(manager, POST(base + "/stage-changes", new StageChangeWrite(Stage.FORMATION, "Moved " + marker))));
        ok(send(
                admin,
                PUT(
                        base + "/tier/pin",
                        new TierPin(tierId, "Pinned " + marker, LocalDate.now().plusDays(30)))));
        return c.id();
    }

    private static void ok(Reply r) {
        assertTrue(r.status() < 300, r.status() + " " + r.body());
    }

    private static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void the_export_holds_every_kind_of_record_about_the_person() {
        String marker = marker();
        String id = aPersonWithEverything(marker);
        Reply r = send(admin, GET("/api/v1/clients/" + id + "/personal-data"));
        assertEquals(200, r.status(), r.body());
        PersonalData d = read(r, PersonalData.class);
        assertEquals(1, d.facts().size());
        assertEquals(1, d.needs().size());
        assertEquals(1, d.interactions().size());
        assertEquals(1, d.offers().size());
        assertEquals(1, d.purchases().size());
        assertEquals(1, d.touchpoints().size());
        assertEquals("Son " + marker, d.touchpoints().get(0).contactPerson());
        assertTrue(d.careActions().stream().anyMatch(a -> ("Talked about " + marker).equals(a.outcome())));
        assertTrue(d.relationship().history().stream().anyMatch(h -> h.reason().equals("Moved " + marker)));
        assertTrue(d.tier().history().stream().anyMatch(h -> h.reason().equals("Pinned " + marker)));
        String text =
                send(admin, GET("/api/v1/clients/" + id + "/personal-data.txt")).body();
        for (String expected : List.of("Visited " + marker, "Talked about " + marker, "Moved " + marker)) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void the_text_export_is_written_in_the_readers_language() {
        String marker = marker();
        String id = aPersonWithEverything(marker);
        String zh = send(admin, GET("/api/v1/clients/" + id + "/personal-data.txt?lang=zh-CN"))
                .body();
        for (String expected : List.of("Rapport 保存的关于", "接触点（1）", "关怀行动", "形成期", "拜访", "Visited " + marker)) {
            assertTrue(zh.contains(expected), expected + " in " + zh);
        }
        for (String english : List.of("Touchpoints", "Care actions", "FORMATION", "VISIT", "Personal data held")) {
            assertTrue(!zh.contains(english), english + " in " + zh);
        }
        String tw = send(
                        admin,
                        GET("/api/v1/clients/" + id + "/personal-data.txt").header("Accept-Language", "zh-TW,zh;q=0.9"))
                .body();
        assertTrue(tw.contains("接觸點（1）"), tw);
    }

    @Test
    void after_erasure_no_table_of_the_tenant_holds_anything_written_about_the_person() throws SQLException {
        String marker = marker();
        String id = aPersonWithEverything(marker);
        assertTrue(!where(marker).isEmpty(), "the marker is stored before erasure");
        Reply r = send(admin, POST("/api/v1/clients/" + id + "/erasure", ""));
        assertEquals(200, r.status(), r.body());
        assertEquals(List.of(), where(marker));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema() + ".purchase WHERE client_id = '" + id + "'"));
    }

    /** Every text column of the tenant's tables that holds {@code marker}: "table.column". */
    private List<String> where(String marker) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = database();
                var st = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND data_type IN ('char', 'varchar', 'text', 'mediumtext',"
                        + " 'longtext')")) {
            st.setString(1, schema());
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] col : columns) {
                long n = count("SELECT COUNT(*) FROM " + schema() + "." + col[0] + " WHERE " + col[1] + " LIKE '%"
                        + marker + "%'");
                if (n > 0) {
                    found.add(col[0] + "." + col[1]);
                }
            }
        }
        return found;
    }

    @Test
    void every_table_that_refers_to_a_client_is_covered_by_a_features_part() throws SQLException {
        Set<String> referring = new TreeSet<>(List.of("client"));
        try (Connection c = database();
                var st = c.prepareStatement("SELECT DISTINCT table_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND column_name = 'client_id'")) {
            st.setString(1, schema());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    referring.add(rs.getString(1));
                }
            }
        }
        Set<String> covered = new TreeSet<>(EXCLUDED.keySet());
        parts.forEach(p -> covered.addAll(p.tables()));
        Set<String> missing = new TreeSet<>(referring);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "tables that refer to a client but no personal-data part covers");
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(referring);
        assertEquals(Set.of(), unknown, "parts name tables that do not refer to a client");
    }
}
