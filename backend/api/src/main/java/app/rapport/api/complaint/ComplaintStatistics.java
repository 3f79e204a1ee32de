package app.rapport.api.complaint;

import app.rapport.api.blueprint.StepLabel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints received in a period of the tenant's days (both ends included), counted by one dimension — the outer
 * loop of service recovery: where complaints come from. {@code total} counts each complaint once; by cause a
 * complaint counts under each of its causes, so the rows may add up to more.
 */
@Serdeable
public record ComplaintStatistics(ComplaintDimension by, LocalDate from, LocalDate to, long total, List<Row> rows) {

    /**
     * One value of the dimension: its key (a cause code, a department, product, step or tier id, a month "2026-11";
     * null for none), the name people gave it where it has one, and the counts: complaints, upheld, still open,
     * judged systemic in their summary, reopened at least once.
     */
    @Serdeable
    public record Row(
            @Nullable String key,
            @Nullable String name,
            @Nullable StepLabel step,
            long complaints,
            long upheld,
            long open,
            long systemic,
            long reopened) {}
}
