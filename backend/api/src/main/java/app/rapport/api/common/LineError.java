package app.rapport.api.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** A problem of one line's field: a {@link FieldCode} with the values its wording needs (the cell's text). */
@Serdeable
public record LineError(int line, String field, FieldCode code, Map<String, Object> args) {
    public LineError {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static LineError of(int line, String field, FieldCode code) {
        return new LineError(line, field, code, Map.of());
    }

    public static LineError of(int line, String field, FieldCode code, String arg, Object value) {
        return new LineError(line, field, code, Map.of(arg, value));
    }
}
