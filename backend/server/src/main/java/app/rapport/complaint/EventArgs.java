package app.rapport.complaint;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The machine values of a complaint's history entry as stored (JSON text). */
@Singleton
class EventArgs {
    private final ObjectMapper json;

    EventArgs(ObjectMapper json) {
        this.json = json;
    }

    String write(Map<String, Object> args) {
        try {
            return json.writeValueAsString(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
