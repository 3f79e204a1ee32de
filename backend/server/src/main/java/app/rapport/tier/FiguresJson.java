package app.rapport.tier;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The figures behind a tier change, stored as a JSON object of strings in {@code tier_change.figures}. */
@Singleton
class FiguresJson {
    private final ObjectMapper json;

    FiguresJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Map<String, String> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> read(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
