package app.rapport.platform.web;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read exactly as their type says, and each refusal is a 400 problem naming the JSON path of what is wrong
 * (no write happens); the other inputs the issue found slack: dates out of range, wildcard searches, long addresses,
 * unchecked query values, management endpoints, and what anonymous {@code /health} tells.
 */
class StrictInputTest extends ApiTest {
    private static final String MANAGER = "harbour.manager";
    private ClientView client;

    @BeforeAll
    void aClient() {
        client = read(
                send(MANAGER, POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Strict")))), ClientView.class);
    }

    private Reply raw(String path, String json) {
        MutableHttpRequest<String> r = POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE);
        return send(MANAGER, r);
    }

    /** The reply is a 400 problem whose field list names {@code field}, and nothing was created. */
    private void refused(Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        ProblemView p = read(r, ProblemView.class);
        assertTrue(
                p.errors() != null
                        && p.errors().stream().anyMatch(e -> e.field().equals(field)),
                "expected field " + field + " in " + r.body());
    }

    private long clients() {
        return count("SELECT COUNT(*) FROM t_harbour_hotel.client");
    }

    @Test
    void trailing_data_after_the_document_is_refused() {
        long before = clients();
        refused(raw("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Trail\"} trailing"), "body");
        refused(
                raw("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"A\"}{\"kind\":\"PERSON\",\"name\":\"B\"}"),
                "body");
        assertEquals(before, clients());
    }

    @Test
    void a_single_value_in_an_array_is_refused_where_one_value_belongs() {
        refused(raw("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":[\"x\"]}"), "name");
        refused(raw("/api/v1/clients", "{\"kind\":[\"PERSON\"],\"name\":\"x\"}"), "kind");
    }

    @Test
    void a_value_of_the_wrong_type_is_named_by_its_json_path() {
        refused(
                raw(
                        "/api/v1/clients/" + client.id() + "/offers",
                        "{\"kind\":\"Tasting\",\"what\":\"Wine\",\"why\":\"Likes it\",\"validUntil\":\"next week\"}"),
                "validUntil");
        refused(raw("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"x\",\"contacts\":\"Li\"}"), "contacts");
        refused(
                raw(
                        "/api/v1/clients",
                        "{\"kind\":\"ORGANISATION\",\"name\":\"x\",\"contacts\":[{\"name\":\"Li\",\"primary\":\"yes\"}]}"),
                "contacts[0].primary");
        String steps =
                "{\"lane\":\"CLIENT_ACTIONS\",\"col\":1,\"name\":\"a\",\"failPoint\":false,\"touchpoint\":false},"
                        + "{\"lane\":\"FRONT_STAGE\",\"col\":2,\"name\":\"b\",\"failPoint\":false,\"touchpoint\":false},"
                        + "{\"lane\":\"SIDEWAYS\",\"col\":3,\"name\":\"c\",\"failPoint\":false,\"touchpoint\":false}";
        refused(
                send(
                        "harbour.admin",
                        POST(
                                        "/api/v1/blueprints/imports",
                                        "{\"name\":\"" + Fixtures.unique("Bad lane") + "\",\"steps\":[" + steps
                                                + "],\"flows\":[]}")
                                .contentType(MediaType.APPLICATION_JSON_TYPE)),
                "steps[2].lane");
    }

    @Test
    void a_key_given_twice_is_refused() {
        refused(raw("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"a\",\"name\":\"b\"}"), "name");
    }

    @Test
    void dates_before_1900_or_after_9999_are_refused() {
        String base = "/api/v1/clients/" + client.id() + "/interactions";
        for (String at : List.of("-0001-06-01T10:00:00Z", "0000-06-01T10:00:00Z", "1899-12-31T23:59:59Z")) {
            refused(
                    raw(
                            base,
                            "{\"direction\":\"INBOUND\",\"channel\":\"PHONE\",\"at\":\"" + at
                                    + "\",\"summary\":\"Called\"}"),
                    "at");
        }
        refused(
                raw(
                        "/api/v1/clients/" + client.id() + "/offers",
                        "{\"kind\":\"Tasting\",\"what\":\"Wine\",\"why\":\"Likes it\",\"validUntil\":\"+10000-01-01\"}"),
                "validUntil");
        Reply fine = raw(
                base,
                "{\"direction\":\"INBOUND\",\"channel\":\"PHONE\",\"at\":\"1900-01-01T00:00:00Z\",\"summary\":\"Called\"}");
        assertEquals(201, fine.status(), fine.body());
    }

    @Test
    void percent_and_underscore_in_a_search_are_the_characters_themselves() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 6);
        send(MANAGER, POST("/api/v1/clients", Fixtures.person("Save 50% " + marker)));
        send(MANAGER, POST("/api/v1/clients", Fixtures.person("Save 500 " + marker)));
        send(MANAGER, POST("/api/v1/clients", Fixtures.person("a_b " + marker)));
        send(MANAGER, POST("/api/v1/clients", Fixtures.person("axb " + marker)));
        assertEquals(List.of("Save 50% " + marker), names("50% " + marker));
        assertEquals(List.of("a_b " + marker), names("a_b " + marker));
    }

    private List<String> names(String q) {
        return read(
                        send(MANAGER, GET("/api/v1/clients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))),
                        Argument.of(PageView.class, ClientView.class))
                .items()
                .stream()
                .map(c -> ((ClientView) c).name())
                .toList();
    }

    @Test
    void a_replenishment_plan_checks_its_horizon_as_the_list_does() {
        Reply r = send(MANAGER, POST("/api/v1/care-actions/replenishment?withinDays=5000", ""));
        refused(r, "withinDays");
        Reply list = send(MANAGER, GET("/api/v1/replenishment?withinDays=5000"));
        refused(list, "withinDays");
    }

    @Test
    void an_overlong_address_is_414_and_a_problem() {
        Reply r = send(MANAGER, GET("/api/v1/clients/" + "x".repeat(5000)));
        assertEquals(414, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
    }

    @Test
    void management_endpoints_are_off_and_never_a_server_error() {
        for (String path : List.of(
                "/beans",
                "/routes",
                "/info",
                "/threaddump",
                "/flyway",
                "/refresh",
                "/env",
                "/loggers",
                "/stop",
                "/metrics",
                "/caches")) {
            for (String who : new String[] {null, "harbour.admin", "operator"}) {
                Reply get = send(who, GET(path));
                Reply post = send(who, POST(path, "{}"));
                assertTrue(get.status() == 404 || get.status() == 401 || get.status() == 403, path + " " + get);
                assertTrue(post.status() == 404 || post.status() == 401 || post.status() == 403, path + " " + post);
            }
        }
    }

    @Test
    void anonymous_health_says_up_and_nothing_more() {
        Reply r = send(null, GET("/health"));
        assertEquals(200, r.status());
        assertEquals("{\"status\":\"UP\"}", r.body().replace(" ", ""));
        assertFalse(r.body().contains("tenants"));
    }

    @Test
    void the_operator_reads_the_platforms_figures() {
        Reply r = send("operator", GET("/api/v1/operator/tenants/health"));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"tenants\""), r.body());
        assertTrue(r.body().contains("\"schemaSwitches\""), r.body());
        assertEquals(
                403,
                send("harbour.admin", GET("/api/v1/operator/tenants/health")).status());
        assertEquals(401, send(null, GET("/api/v1/operator/tenants/health")).status());
    }

    @Test
    void a_date_query_value_out_of_range_is_refused() {
        Reply r = send(
                MANAGER,
                GET("/api/v1/blueprint-versions/00000000-0000-0000-0000-000000000000/performance?from=0001-01-01&to="
                        + LocalDate.now()));
        assertTrue(r.status() == 400 || r.status() == 404, r.toString());
    }
}
