package app.rapport.api.client;

import app.rapport.api.common.LineError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * What a client import would do: the file's headers, the mapping used, each line as understood with what becomes of
 * it, every problem with its line number, and the counts. A duplicate — the same name and the same e-mail or phone as
 * a client already registered or as an earlier line — is shown and never imported.
 */
@Serdeable
public record ClientImportPreview(
        List<String> headers,
        Map<String, String> mapping,
        List<Row> rows,
        List<LineError> errors,
        int newRows,
        int duplicates,
        int withProblems) {

    /** What becomes of a line: imported, left out as a duplicate, or left out for its problems. */
    public enum Status {
        NEW,
        DUPLICATE,
        PROBLEM
    }

    /**
     * One line: the client as understood, its status, and for a duplicate what it duplicates (a registered client's id
     * and name, or the earlier line's number).
     */
    @Serdeable
    public record Row(
            int line,
            @Nullable ClientKind kind,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String city,
            @Nullable String industry,
            Status status,
            @Nullable String duplicateOfId,
            @Nullable String duplicateOfName,
            @Nullable Integer duplicateOfLine) {}
}
