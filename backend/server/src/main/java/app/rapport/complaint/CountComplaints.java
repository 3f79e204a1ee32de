package app.rapport.complaint;

import app.rapport.api.blueprint.StepLabel;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.complaint.ComplaintDimension;
import app.rapport.api.complaint.ComplaintStatistics;
import app.rapport.care.LoggableSteps;
import app.rapport.platform.web.ProblemException;
import app.rapport.purchase.Products;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outer loop: complaints received in a period counted by cause, department, product, blueprint step, tier or
 * month, with how many were upheld, are still open, were judged systemic and were reopened. One query reads the
 * period's complaints; the counting is done here because a complaint's causes are a list. Months run in the tenant's
 * zone and every month of the period has a row; other dimensions list their values most complaints first. The causes
 * clients named elsewhere ({@link CauseVoices}: a low survey answer's reasons) are counted beside the complaints.
 */
@Singleton
class CountComplaints {
    static final int MAX_DAYS = 3660;

    private final JdbcOperations jdbc;
    private final DepartmentRepository departments;
    private final Products products;
    private final LoggableSteps steps;
    private final List<CauseVoices> voices;
    private final Clock clock;

    CountComplaints(
            JdbcOperations jdbc,
            DepartmentRepository departments,
            Products products,
            LoggableSteps steps,
            List<CauseVoices> voices,
            Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.products = products;
        this.steps = steps;
        this.voices = voices;
        this.clock = clock;
    }

    private record Fact(
            List<String> causes,
            String department,
            String product,
            String step,
            String tier,
            String month,
            boolean upheld,
            boolean open,
            boolean systemic,
            boolean reopened) {}

    private static final class Tally {
        long complaints;
        long upheld;
        long open;
        long systemic;
        long reopened;
        long surveyReasons;

        void add(Fact f) {
            complaints++;
            upheld += f.upheld() ? 1 : 0;
            open += f.open() ? 1 : 0;
            systemic += f.systemic() ? 1 : 0;
            reopened += f.reopened() ? 1 : 0;
        }
    }

    @Connectable
    ComplaintStatistics count(ComplaintDimension by, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
        if (end.isBefore(start)) {
            throw ProblemException.invalid(FieldProblem.of("to", FieldCode.MUST_FOLLOW, "other", "from"));
        }
        if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_DAYS) {
            throw ProblemException.badField("to", FieldCode.PERIOD_TOO_LONG, "maxDays", MAX_DAYS);
        }
        ZoneId zone = clock.getZone();
        List<Fact> facts = facts(start, end, zone);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (by == ComplaintDimension.MONTH) {
            for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
                tallies.put(m.toString(), new Tally());
            }
        }
        for (Fact f : facts) {
            for (String key : keys(by, f)) {
                tallies.computeIfAbsent(key, k -> new Tally()).add(f);
            }
        }
        long heard = 0;
        if (by != ComplaintDimension.DEPARTMENT && by != ComplaintDimension.STEP) {
            Instant since = start.atStartOfDay(zone).toInstant();
            Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();
            for (CauseVoices source : voices) {
                for (CauseVoices.Voice v : source.named(since, until)) {
                    String key =
                            switch (by) {
                                case CAUSE -> v.cause().name();
                                case PRODUCT -> v.productId();
                                case TIER -> v.tierId();
                                case MONTH ->
                                    YearMonth.from(v.at().atZone(zone)).toString();
                                case DEPARTMENT, STEP -> throw new IllegalStateException();
                            };
                    tallies.computeIfAbsent(key, k -> new Tally()).surveyReasons++;
                    heard++;
                }
            }
        }
        Map<String, String> names = names(by, tallies.keySet());
        Map<String, StepLabel> labels =
                by == ComplaintDimension.STEP ? steps.labels(nonNull(tallies.keySet())) : Map.of();
        List<ComplaintStatistics.Row> rows = new ArrayList<>();
        tallies.forEach((key, t) -> rows.add(new ComplaintStatistics.Row(
                key,
                names.get(key),
                key == null ? null : labels.get(key),
                t.complaints,
                t.upheld,
                t.open,
                t.systemic,
                t.reopened,
                t.surveyReasons)));
        if (by != ComplaintDimension.MONTH) {
            rows.sort(Comparator.comparingLong(ComplaintStatistics.Row::complaints)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(ComplaintStatistics.Row::surveyReasons)
                            .reversed())
                    .thenComparing(r -> r.key() == null ? "\uffff" : r.key()));
        }
        return new ComplaintStatistics(by, start, end, facts.size(), rows, heard);
    }

    private List<Fact> facts(LocalDate start, LocalDate end, ZoneId zone) {
        Timestamp from = Timestamp.from(start.atStartOfDay(zone).toInstant());
        Timestamp until = Timestamp.from(end.plusDays(1).atStartOfDay(zone).toInstant());
        return jdbc.prepareStatement(
                "SELECT c.causes, c.department_id, c.product_id, c.blueprint_step_id, ct.tier_id, c.received_at,"
                        + " c.upheld, c.status, c.systemic, c.reopened FROM complaint c"
                        + " LEFT JOIN client_tier ct ON ct.client_id = c.client_id"
                        + " WHERE c.received_at >= ? AND c.received_at < ?",
                st -> {
                    st.setTimestamp(1, from);
                    st.setTimestamp(2, until);
                    List<Fact> out = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            String causes = rs.getString(1);
                            String status = rs.getString(8);
                            out.add(new Fact(
                                    causes == null || causes.isEmpty() ? List.of() : List.of(causes.split(",")),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    YearMonth.from(rs.getTimestamp(6)
                                                    .toInstant()
                                                    .atZone(zone))
                                            .toString(),
                                    rs.getBoolean(7),
                                    !"CLOSED".equals(status) && !"NOT_UPHELD".equals(status),
                                    rs.getBoolean(9),
                                    rs.getInt(10) > 0));
                        }
                    }
                    return out;
                });
    }

    private static List<String> keys(ComplaintDimension by, Fact f) {
        List<String> one = new ArrayList<>(1);
        switch (by) {
            case CAUSE -> {
                if (f.causes().isEmpty()) {
                    one.add(null);
                } else {
                    return f.causes();
                }
            }
            case DEPARTMENT -> one.add(f.department());
            case PRODUCT -> one.add(f.product());
            case STEP -> one.add(f.step());
            case TIER -> one.add(f.tier());
            case MONTH -> one.add(f.month());
        }
        return one;
    }

    private Map<String, String> names(ComplaintDimension by, Set<String> keys) {
        Map<String, String> out = new HashMap<>();
        if (by == ComplaintDimension.DEPARTMENT) {
            departments.findAll().forEach(d -> out.put(d.id(), d.name()));
        } else if (by == ComplaintDimension.PRODUCT) {
            out.putAll(products.names(nonNull(keys)));
        }
        return out;
    }

    private static Set<String> nonNull(Set<String> keys) {
        Set<String> out = new HashSet<>(keys);
        out.remove(null);
        return out;
    }
}
