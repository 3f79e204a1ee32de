package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Signal;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The signals of a suggestion as stored (JSON text). */
@Singleton
class SignalsJson {
    private final ObjectMapper json;

    SignalsJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<Signal> signals) {
        try {
            return json.writeValueAsString(signals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Signal> read(String text) {
        try {
            return json.readValue(text, Argument.listOf(Signal.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
