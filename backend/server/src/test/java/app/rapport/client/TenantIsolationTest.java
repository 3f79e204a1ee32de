package app.rapport.client;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.PageView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import io.micronaut.core.type.Argument;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second tenant can neither read nor change the first tenant's clients, by any route, even with a known id. */
class TenantIsolationTest extends ApiTest {
    private ClientView harbours;
    private String contactId;
    private final String name = Fixtures.unique("Isolated Harbour Client");

    @BeforeAll
    void harbourHasAClient() {
        harbours =
                read(send("harbour.manager", POST("/api/v1/clients", Fixtures.organisation(name))), ClientView.class);
        contactId = harbours.contacts().get(0).id();
    }

    @Test
    void the_other_tenants_list_does_not_contain_it() {
        PageView<ClientView> page = read(
                send("northwind.manager", GET("/api/v1/clients?size=100")),
                Argument.of(PageView.class, ClientView.class));
        assertTrue(page.items().stream().noneMatch(c -> c.id().equals(harbours.id())));
    }

    @Test
    void the_other_tenants_search_does_not_find_it() {
        Reply r = send("northwind.manager", GET("/api/v1/clients?q=" + name.replace(" ", "%20")));
        assertEquals(200, r.status());
        assertEquals(0, read(r, Argument.of(PageView.class, ClientView.class)).total());
    }

    @Test
    void the_owning_tenants_search_finds_it() {
        Reply r = send("harbour.staff", GET("/api/v1/clients?q=" + name.replace(" ", "%20")));
        assertEquals(1, read(r, Argument.of(PageView.class, ClientView.class)).total());
    }

    @Test
    void reading_it_by_id_from_the_other_tenant_is_not_found_like_a_missing_id() {
        Reply theirs = send("northwind.manager", GET("/api/v1/clients/" + harbours.id()));
        Reply missing = send("northwind.manager", GET("/api/v1/clients/" + UUID.randomUUID()));
        assertEquals(404, theirs.status());
        assertEquals(404, missing.status());
        assertEquals(
                theirs.body().replace(harbours.id(), "ID").replaceAll("\"instance\":\"[^\"]*\"", ""),
                missing.body().replaceAll("[0-9a-f-]{36}", "ID").replaceAll("\"instance\":\"[^\"]*\"", ""));
    }

    @Test
    void changing_it_from_the_other_tenant_is_not_found_and_changes_nothing() {
        Reply r = send(
                "northwind.manager",
                PUT("/api/v1/clients/" + harbours.id(), Fixtures.person("Hijacked"))
                        .header("If-Match", "\"0\""));
        assertEquals(404, r.status());
        assertEquals(
                name,
                read(send("harbour.manager", GET("/api/v1/clients/" + harbours.id())), ClientView.class)
                        .name());
    }

    @Test
    void deleting_it_from_the_other_tenant_is_not_found_and_deletes_nothing() {
        assertEquals(
                404,
                send("northwind.admin", DELETE("/api/v1/clients/" + harbours.id()))
                        .status());
        assertEquals(
                200,
                send("harbour.manager", GET("/api/v1/clients/" + harbours.id())).status());
    }

    @Test
    void its_contacts_are_out_of_the_other_tenants_reach() {
        String base = "/api/v1/clients/" + harbours.id() + "/contacts";
        ContactWrite c = new ContactWrite("Intruder", null, null, null, false);
        assertEquals(404, send("northwind.manager", GET(base)).status());
        assertEquals(404, send("northwind.manager", POST(base, c)).status());
        assertEquals(
                404, send("northwind.manager", PUT(base + "/" + contactId, c)).status());
        assertEquals(
                404, send("northwind.manager", DELETE(base + "/" + contactId)).status());
        assertEquals(
                1,
                read(send("harbour.manager", GET("/api/v1/clients/" + harbours.id())), ClientView.class)
                        .contacts()
                        .size());
    }

    @Test
    void the_rows_live_only_in_the_owning_tenants_schema() {
        assertEquals(1, count("SELECT COUNT(*) FROM t_harbour_hotel.client WHERE id = '" + harbours.id() + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM t_northwind_telecom.client WHERE id = '" + harbours.id() + "'"));
    }
}
