package app.rapport.gaps;

import app.rapport.api.common.FieldCode;
import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.FiveGaps;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.blueprint.Services;
import app.rapport.care.OnTimePolicy;
import app.rapport.complaint.SlaOutcomes;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ProblemException;
import app.rapport.quality.scoring.Servqual;
import app.rapport.survey.SurveyMeasures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five gaps over a period of the tenant's calendar (default: the 365 days to today, as a SERVQUAL wave is yearly).
 * Gaps 1, 2 and 5 on SERVQUAL's 7-point scale from the members' latest answers in the period and every client's
 * SERVQUAL answer in it; gap 3 from touchpoints at blueprint steps with a standard time; gap 4 from the service-level
 * milestones fulfilled and the tier's cadence check-ins that fell due (done or skipped, or still open after their
 * day): a check-in is kept when done by its due day, in the tenant's calendar.
 */
@Singleton
class FiveGapFigures {
    /** The longest period one request may cover. */
    static final int MAX_DAYS = 5 * 366;

    private final JdbcOperations jdbc;
    private final Assessments assessments;
    private final SurveyMeasures surveys;
    private final Services services;
    private final SlaOutcomes outcomes;
    private final Clock clock;

    FiveGapFigures(
            JdbcOperations jdbc,
            Assessments assessments,
            SurveyMeasures surveys,
            Services services,
            SlaOutcomes outcomes,
            Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.surveys = surveys;
        this.services = services;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Transactional
    FiveGaps of(@Nullable LocalDate fromDay, @Nullable LocalDate toDay) {
        ZoneId tz = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate to = toDay != null ? toDay : today;
        LocalDate from = fromDay != null ? fromDay : to.minusDays(364);
        if (from.isAfter(to)) {
            throw ProblemException.badField("to", FieldCode.MUST_FOLLOW, "other", "from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.badField("from", FieldCode.PERIOD_TOO_LONG, "maxDays", MAX_DAYS);
        }
        Instant start = from.atStartOfDay(tz).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(tz).toInstant();

        List<Assessments.Row> members = assessments.latestIn(start, end);
        int management = (int) members.stream()
                .filter(m -> !m.role().equals(Roles.tenantRoleName(Roles.SERVICE_STAFF)))
                .count();
        Map<ServqualDimension, double[]> believed = new EnumMap<>(ServqualDimension.class);
        for (Assessments.Row m : members) {
            for (DimensionAssessment d : m.dimensions()) {
                double[] acc = believed.computeIfAbsent(d.dimension(), k -> new double[3]);
                acc[0] += d.expected();
                acc[1] += d.specified();
                acc[2]++;
            }
        }
        Optional<Servqual.Scores> wave = surveys.servqual(start, end);
        int clients = wave.map(Servqual.Scores::n).orElse(0);
        List<FiveGaps.Dimension> dimensions = new ArrayList<>();
        List<Double> gap1 = new ArrayList<>();
        List<Double> gap2 = new ArrayList<>();
        List<Double> gap5 = new ArrayList<>();
        for (ServqualDimension d : ServqualDimension.values()) {
            double[] m = believed.get(d);
            Double e = wave.map(s -> s.expectations().get(d)).orElse(null);
            Double p = wave.map(s -> s.perceptions().get(d)).orElse(null);
            Double g5 = wave.map(s -> s.dimensionGaps().get(d)).orElse(null);
            Double mean = m == null ? null : m[0] / m[2];
            Double spec = m == null ? null : m[1] / m[2];
            Double g1 = mean == null || e == null ? null : mean - e;
            Double g2 = mean == null ? null : spec - mean;
            add(gap1, g1);
            add(gap2, g2);
            add(gap5, g5);
            dimensions.add(new FiveGaps.Dimension(d, e, p, mean, spec, g1, g2, g5));
        }

        Map<String, int[]> byService = delivery(start, end);
        int within = byService.values().stream().mapToInt(c -> c[0]).sum();
        int measured = byService.values().stream().mapToInt(c -> c[1]).sum();
        Map<String, Services.Name> names = services.names(byService.keySet());
        List<FiveGaps.ServiceShare> perService = new ArrayList<>();
        byService.forEach((id, c) -> {
            Services.Name n = names.get(id);
            if (n != null) {
                perService.add(
                        new FiveGaps.ServiceShare(id, n.name(), n.translations(), FiveGaps.Share.of(c[0], c[1])));
            }
        });
        perService.sort(
                Comparator.comparingInt((FiveGaps.ServiceShare s) -> s.within().n())
                        .reversed()
                        .thenComparing(FiveGaps.ServiceShare::name));

        outcomes.settle(); // milestones fulfilled before outcomes were kept: once
        Map<String, int[]> sla = slaMet(start, end);
        Map<String, int[]> checkIns = checkIns(from, to, today, tz);
        Map<String, FiveGaps.TierPromises> tiers = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(sla.keySet());
        keys.addAll(checkIns.keySet());
        for (String tier : keys) {
            int[] s = sla.getOrDefault(tier, new int[2]);
            int[] c = checkIns.getOrDefault(tier, new int[2]);
            tiers.put(
                    tier,
                    new FiveGaps.TierPromises(
                            tier.isEmpty() ? null : tier,
                            FiveGaps.Share.of(s[0], s[1]),
                            FiveGaps.Share.of(c[0], c[1])));
        }
        FiveGaps.Share slaTotal = total(sla);
        FiveGaps.Share checkInTotal = total(checkIns);
        return new FiveGaps(
                from,
                to,
                new FiveGaps.Members(members.size(), management, members.size() - management),
                dimensions,
                new FiveGaps.Scale(overall(gap1), clients, members.size()),
                new FiveGaps.Scale(overall(gap2), 0, members.size()),
                FiveGaps.Share.of(within, measured),
                FiveGaps.Share.of(slaTotal.kept() + checkInTotal.kept(), slaTotal.n() + checkInTotal.n()),
                new FiveGaps.Scale(wave.map(Servqual.Scores::unweighted).orElse(null), clients, 0),
                slaTotal,
                checkInTotal,
                perService,
                List.copyOf(tiers.values()));
    }

    private static void add(List<Double> gaps, Double gap) {
        if (gap != null) {
            gaps.add(gap);
        }
    }

    /** The mean of the five dimensions' gaps; none unless all five have one. */
    private static Double overall(List<Double> gaps) {
        return gaps.size() == ServqualDimension.values().length
                ? gaps.stream().mapToDouble(Double::doubleValue).sum() / gaps.size()
                : null;
    }

    private static FiveGaps.Share total(Map<String, int[]> counts) {
        return FiveGaps.Share.of(
                counts.values().stream().mapToInt(c -> c[0]).sum(),
                counts.values().stream().mapToInt(c -> c[1]).sum());
    }

    /** Per service (blueprint): touchpoints at a step with a standard time that took no longer, and all measured. */
    private Map<String, int[]> delivery(Instant start, Instant end) {
        return counted(
                "SELECT v.blueprint_id, COALESCE(SUM(t.duration_minutes <= s.target_minutes), 0), COUNT(*)"
                        + " FROM touchpoint t JOIN blueprint_step s ON s.id = t.blueprint_step_id"
                        + " JOIN blueprint_version v ON v.id = s.version_id"
                        + " WHERE s.target_minutes IS NOT NULL AND t.duration_minutes IS NOT NULL"
                        + " AND t.at >= ? AND t.at < ? GROUP BY v.blueprint_id",
                start,
                end);
    }

    /** Per tier of the client today ("" for none): milestones fulfilled in the period, and those within target. */
    private Map<String, int[]> slaMet(Instant start, Instant end) {
        return counted(
                "SELECT COALESCE(ct.tier_id, ''), COALESCE(SUM(k.met), 0), COUNT(*) FROM complaint_clock k"
                        + " JOIN complaint c ON c.id = k.complaint_id"
                        + " LEFT JOIN client_tier ct ON ct.client_id = c.client_id"
                        + " WHERE k.kind = 'FULFILLED' AND k.met IS NOT NULL AND k.at >= ? AND k.at < ?"
                        + " GROUP BY COALESCE(ct.tier_id, '')",
                start,
                end);
    }

    /** A query over [start, end) answering (key, kept, n) rows, as a map by key in the order of the rows. */
    private Map<String, int[]> counted(String sql, Instant start, Instant end) {
        return jdbc.prepareStatement(sql, st -> {
            st.setTimestamp(1, Timestamp.from(start));
            st.setTimestamp(2, Timestamp.from(end));
            Map<String, int[]> out = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
            return out;
        });
    }

    /**
     * Per tier whose cadence planned them: the check-ins due in the period that are settled — done or skipped, or
     * still open after their due day (one due today and open is not late yet) — and those done by their due day.
     */
    private Map<String, int[]> checkIns(LocalDate from, LocalDate to, LocalDate today, ZoneId tz) {
        return jdbc.prepareStatement(
                "SELECT COALESCE(source_ref, ''), status, due_on, closed_at FROM care_action"
                        + " WHERE source = 'CADENCE' AND status <> 'CANCELLED' AND due_on >= ? AND due_on <= ?",
                st -> {
                    st.setDate(1, Date.valueOf(from));
                    st.setDate(2, Date.valueOf(to));
                    Map<String, int[]> out = new LinkedHashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            String status = rs.getString(2);
                            LocalDate due = rs.getDate(3).toLocalDate();
                            Timestamp closed = rs.getTimestamp(4);
                            boolean open = status.equals("PLANNED");
                            if (open && !due.isBefore(today)) {
                                continue; // not late yet
                            }
                            boolean kept = status.equals("DONE")
                                    && closed != null
                                    && OnTimePolicy.onTime(closed.toInstant(), due, tz);
                            int[] c = out.computeIfAbsent(rs.getString(1), k -> new int[2]);
                            c[0] += kept ? 1 : 0;
                            c[1]++;
                        }
                    }
                    return out;
                });
    }
}
