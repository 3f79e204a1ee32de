package app.rapport.platform.web;

import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.support.ApiTest;
import io.micronaut.http.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refusals travel as codes with values, never as sentences: a field problem names its {@link FieldCode} and the
 * constraint's figures, and no problem carries an English message for a UI to show.
 */
class ProblemCodesTest extends ApiTest {
    private static final String MANAGER = "harbour.manager";

    private ProblemView refusal(String path, String json) {
        Reply r = send(MANAGER, POST(path, json).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, r.status(), r.body());
        assertFalse(r.body().contains("\"message\""), r.body());
        return read(r, ProblemView.class);
    }

    private static FieldProblem on(ProblemView p, String field) {
        assertNotNull(p.errors(), "no field problems");
        return p.errors().stream()
                .filter(e -> e.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem with " + field + " in " + p.errors()));
    }

    @Test
    void a_blank_required_text_is_not_blank_by_code() {
        ProblemView p = refusal("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"  \"}");
        assertEquals("invalid-input", p.code());
        assertEquals(FieldCode.NOT_BLANK, on(p, "name").code());
    }

    @Test
    void a_too_long_text_carries_the_constraints_maximum() {
        String website = "https://" + "a".repeat(300) + ".example";
        ProblemView p = refusal(
                "/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Long Site\",\"website\":\"" + website + "\"}");
        FieldProblem f = on(p, "website");
        assertEquals(FieldCode.SIZE, f.code());
        assertEquals(254, ((Number) f.args().get("max")).intValue());
    }

    @Test
    void a_pattern_with_a_meaning_says_which() {
        ProblemView p = refusal("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Phone\",\"phone\":\"call me\"}");
        assertEquals(FieldCode.PHONE, on(p, "phone").code());
    }

    @Test
    void an_unknown_enum_constant_lists_the_allowed_ones() {
        ProblemView p = refusal("/api/v1/clients", "{\"kind\":\"ROBOT\",\"name\":\"Enum\"}");
        FieldProblem f = on(p, "kind");
        assertEquals(FieldCode.ONE_OF, f.code());
        assertEquals(List.of("ORGANISATION", "PERSON"), f.args().get("allowed"));
    }
}
