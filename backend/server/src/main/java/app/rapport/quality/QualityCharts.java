package app.rapport.quality;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ChartKind;
import app.rapport.api.quality.ChartPointView;
import app.rapport.api.quality.ChartRule;
import app.rapport.api.quality.ChartRules;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityMetric;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.spc.ChartPoint;
import app.rapport.platform.spc.ControlChart;
import app.rapport.platform.spc.ControlCharts;
import app.rapport.platform.spc.Count;
import app.rapport.platform.spc.RuleSet;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A metric's chart: its weeks from the baseline's first to the last week ended, limits from the baseline's weeks and
 * frozen for the later ones ({@link ControlCharts}); by default the baseline is the first 20 weeks with data and the
 * rules the 3σ test. Setting a baseline is versioned (If-Match): of two people re-baselining at once, one wins.
 */
@Singleton
public class QualityCharts {
    /** Weeks in a default baseline (twenty points, the usual minimum for trustworthy limits). */
    static final int DEFAULT_WEEKS = 20;
    /** The longest a chart reaches back, in weeks (three years). */
    static final int MAX_WEEKS = 156;

    private final WeeklySeries series;
    private final Baselines baselines;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final app.rapport.complaint.SlaOutcomes outcomes;

    QualityCharts(
            WeeklySeries series,
            Baselines baselines,
            AuditLog audit,
            Actor actor,
            Clock clock,
            app.rapport.complaint.SlaOutcomes outcomes) {
        this.outcomes = outcomes;
        this.series = series;
        this.baselines = baselines;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public ControlChartView chart(QualityMetric metric) {
        if (metric == QualityMetric.SLA_MET) {
            outcomes.settle(); // fulfilled before outcomes were kept: once
        }
        ZoneId zone = clock.getZone();
        LocalDate thisWeek = WeeklySeries.monday(Instant.now(clock), zone);
        Optional<Baselines.Row> set = baselines.of(metric);
        LocalDate from = set.map(Baselines.Row::from)
                .orElseGet(() -> Optional.ofNullable(series.firstWeek(metric, zone))
                        .filter(w -> !w.isBefore(thisWeek.minusWeeks(MAX_WEEKS)))
                        .orElse(thisWeek.minusWeeks(MAX_WEEKS)));
        LocalDate to = set.map(Baselines.Row::to).orElseGet(() -> {
            LocalDate twenty = from.plusWeeks(DEFAULT_WEEKS - 1);
            LocalDate lastEnded = thisWeek.minusWeeks(1);
            return twenty.isAfter(lastEnded) ? lastEnded : twenty; // fewer than twenty weeks so far: all of them
        });
        ChartRules rules = set.map(Baselines.Row::rules).orElse(ChartRules.THREE_SIGMA);
        List<Week> weeks = series.weeks(metric, from, thisWeek, zone);
        int baseline = (int) weeks.stream().filter(w -> !w.monday().isAfter(to)).count();
        List<ChartPointView> points = new ArrayList<>();
        List<ChartSignalView> signals = new ArrayList<>();
        Double centre = null;
        int least = metric.kind() == ChartKind.XMR ? 2 : 1;
        if (baseline >= least) {
            ControlChart c = compute(metric, weeks, baseline, RuleSet.valueOf(rules.name()));
            double scale = metric == QualityMetric.COMPLAINTS_PER_100_TOUCHPOINTS ? 100 : 1;
            centre = c.centre() * scale;
            for (ChartPoint p : c.points()) {
                Week w = weeks.get(p.index());
                points.add(new ChartPointView(
                        w.monday(),
                        p.value() * scale,
                        w.events(),
                        metric.kind() == ChartKind.XMR ? null : w.exposure(),
                        p.centre() * scale,
                        metric.kind() == ChartKind.XMR ? p.lower() : Math.max(0, p.lower()) * scale,
                        p.upper() * scale,
                        p.baseline()));
            }
            c.signals()
                    .forEach(s -> signals.add(new ChartSignalView(
                            weeks.get(s.index()).monday(),
                            ChartRule.valueOf(s.rule().name()))));
        }
        return new ControlChartView(
                metric,
                metric.kind(),
                rules,
                from,
                to,
                set.isPresent(),
                set.map(Baselines.Row::setBy).orElse(null),
                set.map(Baselines.Row::setAt).orElse(null),
                set.map(Baselines.Row::version).orElse(0L),
                centre,
                points,
                signals);
    }

    @Transactional
    public ControlChartView setBaseline(QualityMetric metric, long expected, BaselineWrite write) {
        LocalDate thisWeek = WeeklySeries.monday(Instant.now(clock), clock.getZone());
        LocalDate from = WeeklySeries.monday(write.from());
        LocalDate to = WeeklySeries.monday(write.to());
        List<FieldProblem> problems = new ArrayList<>();
        if (to.isBefore(from.plusWeeks(1))) {
            problems.add(FieldProblem.of("to", FieldCode.MUST_FOLLOW, "other", "from"));
        } else if (!to.isBefore(thisWeek)) {
            problems.add(FieldProblem.of("to", FieldCode.IN_FUTURE));
        }
        if (from.isBefore(thisWeek.minusWeeks(MAX_WEEKS))) {
            problems.add(FieldProblem.of("from", FieldCode.PERIOD_TOO_LONG, "maxDays", MAX_WEEKS * 7));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Optional<Baselines.Row> before = baselines.forUpdate(metric);
        long current = before.map(Baselines.Row::version).orElse(0L);
        if (current != expected) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION,
                    "the baseline is at version " + current + "; read it again",
                    Map.of("version", current));
        }
        Baselines.Row row =
                new Baselines.Row(metric, from, to, write.rules(), current + 1, actor.name(), Instant.now(clock));
        if (!baselines.save(row, current)) {
            throw new ProblemException(ProblemCode.STALE_VERSION, "the baseline was set meanwhile; read it again");
        }
        audit.record(
                before.isPresent() ? "UPDATE" : "CREATE", "control_baseline", metric.name(), before.orElse(null), row);
        return chart(metric);
    }

    private static ControlChart compute(QualityMetric metric, List<Week> weeks, int baseline, RuleSet rules) {
        return switch (metric.kind()) {
            case XMR ->
                ControlCharts.xmr(weeks.stream().map(w -> w.sum() / w.events()).toList(), baseline, rules);
            case P ->
                ControlCharts.p(
                        weeks.stream()
                                .map(w -> new Count(w.events(), w.exposure()))
                                .toList(),
                        baseline,
                        rules);
            case U ->
                ControlCharts.u(
                        weeks.stream()
                                .map(w -> new Count(w.events(), w.exposure()))
                                .toList(),
                        baseline,
                        rules);
        };
    }
}
