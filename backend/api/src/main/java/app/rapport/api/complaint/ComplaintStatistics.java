package app.rapport.api.complaint;

import app.rapport.api.blueprint.StepLabel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaints received in a period of the tenant's days (both ends included), counted by one dimension — the outer
 * loop of service recovery: where complaints come from. {@code total} counts each complaint once; by cause a
 * complaint counts under each of its causes, so the rows may add up to more. Clients who did not complain but gave a
 * reason for a low survey answer are heard too: {@code surveyReasons} counts the reasons given in the period (by
 * cause, product, tier and month; surveys name no department or step, so those rows count none).
 */
@Serdeable
public record ComplaintStatistics(
        ComplaintDimension by, LocalDate from, LocalDate to, long total, List<Row> rows, long surveyReasons) {

    public ComplaintStatistics(ComplaintDimension by, LocalDate from, LocalDate to, long total, List<Row> rows) {
        this(by, from, to, total, rows, 0);
    }

    /**
     * One value of the dimension: its key (a cause code, a department, product, step or tier id, a month "2026-11";
     * null for none), the name people gave it where it has one, and the counts: complaints, upheld, still open,
     * judged systemic in their summary, reopened at least once; and the survey reasons of that value.
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
            long reopened,
            long surveyReasons) {

        public Row(
                @Nullable String key,
                @Nullable String name,
                @Nullable StepLabel step,
                long complaints,
                long upheld,
                long open,
                long systemic,
                long reopened) {
            this(key, name, step, complaints, upheld, open, systemic, reopened, 0);
        }
    }
}
