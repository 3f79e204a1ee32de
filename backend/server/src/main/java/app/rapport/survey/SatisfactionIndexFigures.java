package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.Translated;
import app.rapport.api.survey.IndexGrouping;
import app.rapport.api.survey.IndexPeriod;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.blueprint.Services;
import app.rapport.platform.TenantZone;
import app.rapport.platform.web.ProblemException;
import app.rapport.purchase.Products;
import app.rapport.quality.scoring.MeanInterval;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
 * The satisfaction index ({@link SatisfactionIndex}): every CSAT answer submitted in the range, put in its period of
 * the tenant's calendar and its group — the product or service its invitation asked about, or the client's tier —
 * and each cell's mean with its interval ({@link MeanInterval}).
 */
@Singleton
class SatisfactionIndexFigures {
    /** The longest range one request may cover (ten years: the index is read over years). */
    static final int MAX_DAYS = 3660;

    private final JdbcOperations jdbc;
    private final Products products;
    private final Services services;
    private final TenantZone zone;
    private final Clock clock;

    SatisfactionIndexFigures(JdbcOperations jdbc, Products products, Services services, TenantZone zone, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.services = services;
        this.zone = zone;
        this.clock = clock;
    }

    private record Answer(int csat, LocalDate day, @Nullable String group) {}

    @Connectable
    SatisfactionIndex of(IndexGrouping by, IndexPeriod period, @Nullable LocalDate fromDay, @Nullable LocalDate toDay) {
        ZoneId tz = zone.current();
        LocalDate to = toDay != null ? toDay : LocalDate.ofInstant(clock.instant(), tz);
        LocalDate from = fromDay != null ? fromDay : start(period, to);
        if (from.isAfter(to)) {
            throw ProblemException.badField("to", FieldCode.MUST_FOLLOW, "other", "from");
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw ProblemException.badField("to", FieldCode.PERIOD_TOO_LONG, "maxDays", MAX_DAYS);
        }
        List<String> periods = new ArrayList<>();
        for (LocalDate d = first(period, from); !d.isAfter(to); d = next(period, d)) {
            periods.add(label(period, d));
        }
        List<Answer> answers = answers(by, from, to, tz);
        Map<String, Map<String, List<Integer>>> cells = new LinkedHashMap<>();
        Map<String, List<Integer>> overall = new HashMap<>();
        for (Answer a : answers) {
            cells.computeIfAbsent(a.group(), g -> new HashMap<>())
                    .computeIfAbsent(label(period, a.day()), p -> new ArrayList<>())
                    .add(a.csat());
            overall.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a.csat());
        }
        Set<String> keys = new HashSet<>(cells.keySet());
        keys.remove(null);
        Map<String, Services.Name> named =
                switch (by) {
                    case SERVICE -> services.names(keys);
                    case PRODUCT -> {
                        Map<String, Services.Name> out = new HashMap<>();
                        products.names(keys)
                                .forEach((id, name) -> out.put(id, new Services.Name(name, Translated.NONE)));
                        yield out;
                    }
                    case ALL, TIER -> Map.of();
                };
        List<SatisfactionIndex.Row> rows = new ArrayList<>();
        cells.forEach((key, byPeriod) -> {
            List<SatisfactionIndex.Cell> row = new ArrayList<>();
            for (String p : periods) {
                row.add(cell(p, byPeriod.getOrDefault(p, List.of())));
            }
            Services.Name name = key == null ? null : named.get(key);
            rows.add(new SatisfactionIndex.Row(
                    key,
                    name == null ? null : name.name(),
                    name == null ? Translated.NONE : name.translations(),
                    row,
                    cell(periods.getFirst() + "/" + periods.getLast(), overall.get(key))));
        });
        rows.sort(Comparator.comparing((SatisfactionIndex.Row r) -> r.key() == null)
                .thenComparing(Comparator.comparingInt(
                                (SatisfactionIndex.Row r) -> r.overall().n())
                        .reversed())
                .thenComparing(r -> r.key() == null ? "" : r.key()));
        return new SatisfactionIndex(by, period, from, to, periods, rows);
    }

    private static SatisfactionIndex.Cell cell(String period, List<Integer> values) {
        if (values.isEmpty()) {
            return new SatisfactionIndex.Cell(period, 0, null, null, null);
        }
        MeanInterval m = MeanInterval.of(values).within(1, 5);
        return new SatisfactionIndex.Cell(period, m.n(), m.mean(), m.low(), m.high());
    }

    /** The default range: the last twelve months, four quarters or three years, each whole, up to today's. */
    static LocalDate start(IndexPeriod period, LocalDate today) {
        LocalDate first = first(period, today);
        return switch (period) {
            case MONTH -> first.minusMonths(11);
            case QUARTER -> first.minusMonths(9);
            case YEAR -> first.minusYears(2);
        };
    }

    /** The first day of the period {@code day} is in. */
    static LocalDate first(IndexPeriod period, LocalDate day) {
        return switch (period) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(IndexPeriod period, LocalDate first) {
        return switch (period) {
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case YEAR -> first.plusYears(1);
        };
    }

    static String label(IndexPeriod period, LocalDate day) {
        return switch (period) {
            case MONTH -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    private List<Answer> answers(IndexGrouping by, LocalDate from, LocalDate to, ZoneId tz) {
        String group =
                switch (by) {
                    case ALL -> "NULL";
                    case PRODUCT -> "i.product_id";
                    case SERVICE -> "i.blueprint_id";
                    case TIER -> "ct.tier_id";
                };
        return jdbc.prepareStatement(
                "SELECT s.csat, s.submitted_at, " + group + " FROM survey_response s"
                        + " JOIN survey_invitation i ON i.id = s.invitation_id"
                        + " LEFT JOIN client_tier ct ON ct.client_id = s.client_id"
                        + " WHERE s.csat IS NOT NULL AND s.submitted_at >= ? AND s.submitted_at < ?",
                st -> {
                    st.setTimestamp(1, Timestamp.from(from.atStartOfDay(tz).toInstant()));
                    st.setTimestamp(
                            2, Timestamp.from(to.plusDays(1).atStartOfDay(tz).toInstant()));
                    List<Answer> out = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Answer(
                                    rs.getInt(1),
                                    rs.getTimestamp(2).toInstant().atZone(tz).toLocalDate(),
                                    rs.getString(3)));
                        }
                    }
                    return out;
                });
    }
}
