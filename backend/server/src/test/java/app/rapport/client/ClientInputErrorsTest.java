package app.rapport.client;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.ProblemView;
import app.rapport.support.ApiTest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a 400 problem+json that names the offending field, and nothing is written. */
class ClientInputErrorsTest extends ApiTest {
    private long clientsBefore;

    @BeforeEach
    void countClients() {
        clientsBefore = count("SELECT COUNT(*) FROM t_harbour_hotel.client");
    }

    private ProblemView postRaw(String json) {
        Reply r = send("harbour.manager", POST("/api/v1/clients", json).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        assertEquals(clientsBefore, count("SELECT COUNT(*) FROM t_harbour_hotel.client"), "nothing may be written");
        return read(r, ProblemView.class);
    }

    private static boolean names(ProblemView p, String field) {
        return p.errors() != null && p.errors().stream().anyMatch(e -> e.field().equals(field));
    }

    @Test
    void malformed_json_is_a_400() {
        ProblemView p = postRaw("{\"kind\":\"PERSON\",");
        assertEquals(400, p.status());
    }

    @Test
    void an_unknown_kind_names_the_kind_field() {
        assertTrue(names(postRaw("{\"kind\":\"ALIEN\",\"name\":\"X\"}"), "kind"));
    }

    @Test
    void a_blank_name_names_the_name_field() {
        assertTrue(names(postRaw("{\"kind\":\"PERSON\",\"name\":\"  \"}"), "name"));
    }

    @Test
    void an_over_long_name_names_the_name_field() {
        assertTrue(names(postRaw("{\"kind\":\"PERSON\",\"name\":\"" + "x".repeat(201) + "\"}"), "name"));
    }

    @Test
    void a_missing_kind_names_the_kind_field() {
        assertTrue(names(postRaw("{\"name\":\"No Kind\"}"), "kind"));
    }

    @Test
    void a_bad_contact_email_names_its_path() {
        assertTrue(names(
                postRaw("{\"kind\":\"PERSON\",\"name\":\"Ok\",\"contacts\":[{\"name\":\"A\",\"email\":\"nope\"}]}"),
                "contacts[0].email"));
    }

    @Test
    void a_page_size_out_of_range_names_size() {
        Reply r = send("harbour.manager", GET("/api/v1/clients?size=0"));
        assertEquals(400, r.status());
        assertTrue(names(read(r, ProblemView.class), "size"));
    }

    @Test
    void an_unknown_sort_names_sort() {
        Reply r = send("harbour.manager", GET("/api/v1/clients?sort=password"));
        assertEquals(400, r.status());
        assertTrue(names(read(r, ProblemView.class), "sort"));
    }

    @Test
    void a_missing_token_is_a_401_problem() {
        Reply r = send(null, GET("/api/v1/clients"));
        assertEquals(401, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
    }
}
