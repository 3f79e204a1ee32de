package app.rapport.client;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.PageView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import io.micronaut.core.type.Argument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a client's life looks like through the API: created, listed, changed with a version, audited, deleted. */
class ClientApiTest extends ApiTest {

    private ClientView create(String name) {
        return read(send("harbour.manager", POST("/api/v1/clients", Fixtures.organisation(name))), ClientView.class);
    }

    @Test
    void creating_a_client_answers_201_with_its_location_and_etag() {
        Reply r = send("harbour.manager", POST("/api/v1/clients", Fixtures.organisation(Fixtures.unique("Created"))));
        ClientView c = read(r, ClientView.class);
        assertEquals(201, r.status());
        assertEquals("/api/v1/clients/" + c.id(), r.header("Location"));
        assertEquals("\"0\"", r.header("ETag"));
        assertEquals("harbour.manager", c.createdBy());
        assertEquals(1, c.contacts().size());
    }

    @Test
    void a_change_with_the_current_etag_is_saved_and_bumps_the_version() {
        ClientView c = create(Fixtures.unique("Versioned"));
        ClientWrite changed = new ClientWrite(
                ClientKind.ORGANISATION, c.name() + " Ltd", null, null, null, "Ningbo", null, null, null);
        Reply r = send(
                "harbour.manager", PUT("/api/v1/clients/" + c.id(), changed).header("If-Match", "\"0\""));
        assertEquals(200, r.status());
        assertEquals("\"1\"", r.header("ETag"));
        assertEquals("Ningbo", read(r, ClientView.class).city());
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_with_412_and_loses_nothing() {
        ClientView c = create(Fixtures.unique("Contested"));
        ClientWrite first =
                new ClientWrite(ClientKind.ORGANISATION, c.name(), null, null, null, "First tab", null, null, null);
        ClientWrite second =
                new ClientWrite(ClientKind.ORGANISATION, c.name(), null, null, null, "Second tab", null, null, null);
        assertEquals(
                200,
                send("harbour.manager", PUT("/api/v1/clients/" + c.id(), first).header("If-Match", "\"0\""))
                        .status());
        Reply stale =
                send("harbour.admin", PUT("/api/v1/clients/" + c.id(), second).header("If-Match", "\"0\""));
        assertEquals(412, stale.status());
        assertTrue(stale.body().contains("stale-version"));
        assertEquals(
                "First tab",
                read(send("harbour.manager", GET("/api/v1/clients/" + c.id())), ClientView.class)
                        .city());
    }

    @Test
    void a_change_without_if_match_is_refused_with_428() {
        ClientView c = create(Fixtures.unique("Unconditional"));
        assertEquals(
                428,
                send("harbour.manager", PUT("/api/v1/clients/" + c.id(), Fixtures.person("X")))
                        .status());
    }

    @Test
    void every_write_leaves_an_audit_record_with_before_and_after() {
        ClientView c = create(Fixtures.unique("Audited"));
        send(
                "harbour.manager",
                PUT("/api/v1/clients/" + c.id(), Fixtures.person(c.name())).header("If-Match", "\"0\""));
        send("harbour.manager", DELETE("/api/v1/clients/" + c.id()));
        String where =
                " FROM t_harbour_hotel.audit_record WHERE entity_type = 'client' AND entity_id = '" + c.id() + "'";
        assertEquals(3, count("SELECT COUNT(*)" + where));
        assertEquals(
                1,
                count("SELECT COUNT(*)" + where + " AND action = 'UPDATE' AND before_json LIKE '%ORGANISATION%'"
                        + " AND after_json LIKE '%PERSON%' AND actor = 'harbour.manager'"));
        assertEquals(1, count("SELECT COUNT(*)" + where + " AND action = 'DELETE' AND after_json IS NULL"));
    }

    @Test
    void a_deleted_client_is_gone() {
        ClientView c = create(Fixtures.unique("Deleted"));
        assertEquals(
                204,
                send("harbour.manager", DELETE("/api/v1/clients/" + c.id()).header("If-Match", "\"0\""))
                        .status());
        assertEquals(
                404, send("harbour.manager", GET("/api/v1/clients/" + c.id())).status());
    }

    @Test
    void search_pages_and_sorts() {
        String marker = Fixtures.unique("Paged").replace(" ", "");
        for (String n : List.of("C", "A", "B")) {
            create(marker + " " + n);
        }
        PageView<ClientView> first = read(
                send("harbour.staff", GET("/api/v1/clients?q=" + marker + "&size=2&sort=-name")),
                Argument.of(PageView.class, ClientView.class));
        PageView<ClientView> second = read(
                send("harbour.staff", GET("/api/v1/clients?q=" + marker + "&size=2&page=1&sort=-name")),
                Argument.of(PageView.class, ClientView.class));
        assertEquals(3, first.total());
        assertEquals(
                List.of(marker + " C", marker + " B"),
                first.items().stream().map(ClientView::name).toList());
        assertEquals(
                List.of(marker + " A"),
                second.items().stream().map(ClientView::name).toList());
    }

    @Test
    void a_new_primary_contact_replaces_the_old_primary() {
        ClientView c = create(Fixtures.unique("Contacts"));
        send(
                "harbour.manager",
                POST(
                        "/api/v1/clients/" + c.id() + "/contacts",
                        new ContactWrite("Zhang Wei", "CFO", "zhang@example.test", null, true)));
        List<ContactView> contacts = read(
                send("harbour.manager", GET("/api/v1/clients/" + c.id() + "/contacts")),
                Argument.listOf(ContactView.class));
        assertEquals(2, contacts.size());
        assertEquals("Zhang Wei", contacts.get(0).name());
        assertEquals(1, contacts.stream().filter(ContactView::primary).count());
    }
}
