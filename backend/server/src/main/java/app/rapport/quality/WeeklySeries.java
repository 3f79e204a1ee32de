package app.rapport.quality;

import app.rapport.api.quality.QualityMetric;
import app.rapport.care.OnTimePolicy;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The weekly figures of each metric, read from what Rapport recorded, in weeks that start on Monday in the tenant's
 * time zone. Events are counted in the database by quarter-hour (so that a week's edge falls right in every zone, even
 * those half or three quarters of an hour off UTC) and summed into weeks here.
 */
@Singleton
class WeeklySeries {
    private static final String QUARTERS = "FROM_UNIXTIME(FLOOR(UNIX_TIMESTAMP(%s) / 900) * 900)";

    private final JdbcOperations jdbc;

    WeeklySeries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate monday(Instant at, ZoneId zone) {
        return monday(at.atZone(zone).toLocalDate());
    }

    /** The Monday that starts the week of {@code day}. */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The weeks from {@code from} (a Monday) until {@code until} (a Monday, not included) that have any exposure. */
    @Connectable
    List<Week> weeks(QualityMetric metric, LocalDate from, LocalDate until, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.atStartOfDay(zone).toInstant();
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, Double> sums = new TreeMap<>();
        switch (metric) {
            case COMPLAINTS_PER_100_TOUCHPOINTS -> {
                quarters("complaint", "received_at", start, end, (at, n) -> add(counts, monday(at, zone), n, 0));
                quarters("touchpoint", "at", start, end, (at, n) -> add(counts, monday(at, zone), 0, n));
            }
            case CARE_ON_TIME ->
                rows(
                        "SELECT closed_at, due_on FROM care_action WHERE status = 'DONE' AND closed_at >= ? AND closed_at < ?",
                        start,
                        end,
                        rs -> {
                            Instant closed = rs.getTimestamp(1).toInstant();
                            boolean onTime =
                                    OnTimePolicy.onTime(closed, rs.getDate(2).toLocalDate(), zone);
                            add(counts, monday(closed, zone), onTime ? 1 : 0, 1);
                        });
            case CSAT_POSITIVE ->
                rows(
                        "SELECT submitted_at, csat_positive FROM survey_response WHERE csat IS NOT NULL"
                                + " AND submitted_at >= ? AND submitted_at < ?",
                        start,
                        end,
                        rs -> add(counts, monday(rs.getTimestamp(1).toInstant(), zone), rs.getBoolean(2) ? 1 : 0, 1));
            case STEP_WITHIN_STANDARD ->
                rows(
                        "SELECT t.at, t.duration_minutes <= s.target_minutes FROM touchpoint t"
                                + " JOIN blueprint_step s ON s.id = t.blueprint_step_id"
                                + " WHERE s.target_minutes IS NOT NULL AND t.duration_minutes IS NOT NULL"
                                + " AND t.at >= ? AND t.at < ?",
                        start,
                        end,
                        rs -> add(counts, monday(rs.getTimestamp(1).toInstant(), zone), rs.getBoolean(2) ? 1 : 0, 1));
            case SLA_MET ->
                rows(
                        "SELECT at, met FROM complaint_clock WHERE kind = 'FULFILLED' AND met IS NOT NULL"
                                + " AND at >= ? AND at < ?",
                        start,
                        end,
                        rs -> add(counts, monday(rs.getTimestamp(1).toInstant(), zone), rs.getBoolean(2) ? 1 : 0, 1));
            case COMPLAINT_RESOLUTION_DAYS ->
                rows(
                        "SELECT closed_at, received_at FROM complaint WHERE status = 'CLOSED' AND closed_at >= ?"
                                + " AND closed_at < ?",
                        start,
                        end,
                        rs -> days(counts, sums, rs, zone));
            case INQUIRY_RESPONSE_DAYS ->
                rows(
                        "SELECT a.closed_at, t.at FROM touchpoint t JOIN care_action a ON a.id = t.follow_up_action_id"
                                + " WHERE a.status = 'DONE' AND a.closed_at >= ? AND a.closed_at < ?",
                        start,
                        end,
                        rs -> days(counts, sums, rs, zone));
        }
        List<Week> out = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c[1] > 0) {
                out.add(new Week(w, c[0], c[1], sums.getOrDefault(w, 0.0)));
            }
        });
        return out;
    }

    /** The first week with any of the metric's data, or none. */
    @Connectable
    LocalDate firstWeek(QualityMetric metric, ZoneId zone) {
        String sql =
                switch (metric) {
                    case COMPLAINTS_PER_100_TOUCHPOINTS -> "SELECT MIN(at) FROM touchpoint";
                    case CARE_ON_TIME -> "SELECT MIN(closed_at) FROM care_action WHERE status = 'DONE'";
                    case COMPLAINT_RESOLUTION_DAYS -> "SELECT MIN(closed_at) FROM complaint WHERE status = 'CLOSED'";
                    case CSAT_POSITIVE -> "SELECT MIN(submitted_at) FROM survey_response WHERE csat IS NOT NULL";
                    case SLA_MET -> "SELECT MIN(at) FROM complaint_clock WHERE kind = 'FULFILLED' AND met IS NOT NULL";
                    case STEP_WITHIN_STANDARD ->
                        "SELECT MIN(t.at) FROM touchpoint t JOIN blueprint_step s ON s.id = t.blueprint_step_id"
                                + " WHERE s.target_minutes IS NOT NULL AND t.duration_minutes IS NOT NULL";
                    case INQUIRY_RESPONSE_DAYS ->
                        "SELECT MIN(a.closed_at) FROM touchpoint t JOIN care_action a ON a.id = t.follow_up_action_id"
                                + " WHERE a.status = 'DONE'";
                };
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : monday(t.toInstant(), zone);
            }
        });
    }

    private interface Row {
        void read(ResultSet rs) throws java.sql.SQLException;
    }

    private void rows(String sql, Instant start, Instant end, Row row) {
        jdbc.prepareStatement(sql, st -> {
            st.setTimestamp(1, Timestamp.from(start));
            st.setTimestamp(2, Timestamp.from(end));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
            return null;
        });
    }

    private void quarters(String table, String column, Instant start, Instant end, BiConsumer<Instant, Long> each) {
        String q = QUARTERS.formatted(column);
        rows(
                "SELECT " + q + ", COUNT(*) FROM " + table + " WHERE " + column + " >= ? AND " + column + " < ?"
                        + " GROUP BY " + q,
                start,
                end,
                rs -> each.accept(rs.getTimestamp(1).toInstant(), rs.getLong(2)));
    }

    /** A duration in days from the row's second column to its first (never below 0), in the first's week. */
    private static void days(Map<LocalDate, long[]> counts, Map<LocalDate, Double> sums, ResultSet rs, ZoneId zone)
            throws java.sql.SQLException {
        Instant done = rs.getTimestamp(1).toInstant();
        double days = Math.max(
                0, Duration.between(rs.getTimestamp(2).toInstant(), done).toMinutes() / 1440.0);
        LocalDate w = monday(done, zone);
        add(counts, w, 1, 1);
        sums.merge(w, days, Double::sum);
    }

    private static void add(Map<LocalDate, long[]> counts, LocalDate week, long events, long exposure) {
        long[] c = counts.computeIfAbsent(week, k -> new long[2]);
        c[0] += events;
        c[1] += exposure;
    }
}
