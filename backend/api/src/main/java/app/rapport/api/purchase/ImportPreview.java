package app.rapport.api.purchase;

import app.rapport.api.common.LineError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import would do: the file's headers, the mapping used, the rows as understood, every problem with its
 * line number, and how many rows are new or were imported before. An import with any error imports nothing.
 */
@Serdeable
public record ImportPreview(
        List<String> headers,
        Map<String, String> mapping,
        List<Row> rows,
        List<LineError> errors,
        int newRows,
        int alreadyImported) {

    @Serdeable
    public record Row(
            int line,
            @Nullable LocalDate date,
            String client,
            @Nullable String clientId,
            String product,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal margin,
            @Nullable String channel,
            boolean alreadyImported) {}
}
