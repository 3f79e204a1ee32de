package app.rapport.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MeasurementView;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.Translated;
import app.rapport.blueprint.PublishedSteps;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Benchmark targets. Tenant admins set and change any target; account managers set targets they own and change only
 * those. Manual metrics take measurements by hand; computed ones are measured from Rapport's data by
 * {@link Metrics}, nightly and on demand.
 */
@Singleton
public class Targets {
    private final TargetRepository targets;
    private final MeasurementRepository measurements;
    private final Metrics metrics;
    private final PublishedSteps blueprints;
    private final TargetWritePolicy writes;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Targets(
            TargetRepository targets,
            MeasurementRepository measurements,
            Metrics metrics,
            PublishedSteps blueprints,
            TargetWritePolicy writes,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.targets = targets;
        this.measurements = measurements;
        this.metrics = metrics;
        this.blueprints = blueprints;
        this.writes = writes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<TargetView> all(@Nullable Dimension dimension) {
        return targets.findAll().stream()
                .filter(t -> dimension == null || t.dimension() == dimension)
                .sorted(Comparator.comparing(TargetRow::dimension)
                        .thenComparing(t -> t.metric().toLowerCase()))
                .map(this::view)
                .toList();
    }

    @Transactional
    public TargetView one(String id) {
        return view(target(id));
    }

    @Transactional
    public TargetView create(TargetWrite write) {
        TargetRow row =
                targets.save(writes.accepted(UUID.randomUUID().toString(), write, Instant.now(clock), actor.name()));
        audit.record("CREATE", "benchmark_target", row.id(), null, row);
        return one(row.id());
    }

    @Transactional
    public TargetView change(String id, TargetWrite write) {
        TargetRow before = mine(id);
        TargetRow after = writes.accepted(id, write, before.createdAt(), before.createdBy());
        boolean measured = !measurements.findByTargetIdOrderByMeasuredOn(id).isEmpty();
        if (measured
                && (after.metricSource() != before.metricSource()
                        || !Objects.equals(after.stepLineageId(), before.stepLineageId())
                        || after.servqualDimension() != before.servqualDimension())) {
            throw new ProblemException(
                    ProblemCode.TARGET_MEASURED,
                    "the target has measurements of its metric; set a new target to measure something else");
        }
        targets.update(after);
        audit.record("UPDATE", "benchmark_target", id, before, after);
        return one(id);
    }

    @Transactional
    public void delete(String id) {
        TargetRow before = mine(id);
        targets.delete(before);
        audit.record("DELETE", "benchmark_target", id, before, null);
    }

    @Transactional
    public TargetView measure(String id, MeasurementWrite write) {
        TargetRow t = mine(id);
        if (t.metricSource() != MetricSource.MANUAL) {
            throw new ProblemException(
                    ProblemCode.COMPUTED_METRIC,
                    "Rapport measures " + t.metricSource() + " itself; compute it instead of entering a value");
        }
        if (write.measuredOn().isBefore(t.baselineOn())) {
            throw ProblemException.badField(
                    "measuredOn",
                    FieldCode.BEFORE_BASELINE,
                    "baselineOn",
                    t.baselineOn().toString());
        }
        record(t, write.measuredOn(), write.value(), null, false, Texts.blankToNull(write.note()));
        return view(t);
    }

    @Transactional
    public TargetView removeMeasurement(String id, String measurementId) {
        TargetRow t = mine(id);
        MeasurementRow m = measurements
                .findById(measurementId)
                .filter(x -> x.targetId().equals(id))
                .orElseThrow(() -> ProblemException.notFound("measurement " + measurementId));
        measurements.delete(m);
        audit.record("DELETE", "benchmark_measurement", measurementId, m, null);
        return view(t);
    }

    /** Measure one computed target today; 422 when its metric has no records in the window. */
    @Transactional
    public TargetView compute(String id) {
        TargetRow t = target(id);
        if (t.metricSource() == MetricSource.MANUAL) {
            throw new ProblemException(ProblemCode.MANUAL_METRIC, "a manual metric is measured by entering a value");
        }
        if (!computeOne(t)) {
            throw new ProblemException(
                    ProblemCode.NO_DATA,
                    "nothing to measure: " + t.metricSource() + " has no records in the last " + Metrics.WINDOW_DAYS
                            + " days");
        }
        return view(t);
    }

    /** Measure every computed target today (the nightly run, on demand). */
    @Transactional
    public MeasurementRun computeAll() {
        long started = System.nanoTime();
        List<TargetRow> computed = targets.findAll().stream()
                .filter(t -> t.metricSource() != MetricSource.MANUAL)
                .toList();
        int measured = 0;
        for (TargetRow t : computed) {
            if (computeOne(t)) {
                measured++;
            }
        }
        return new MeasurementRun(
                computed.size(), measured, computed.size() - measured, (System.nanoTime() - started) / 1_000_000);
    }

    private boolean computeOne(TargetRow t) {
        LocalDate today = LocalDate.now(clock);
        Optional<Metrics.Value> value =
                metrics.measure(t.metricSource(), t.stepLineageId(), t.servqualDimension(), today);
        value.ifPresent(v -> record(t, today, v.value(), v.sampleSize(), true, null));
        return value.isPresent();
    }

    private void record(
            TargetRow t,
            LocalDate on,
            BigDecimal value,
            @Nullable Integer sampleSize,
            boolean computed,
            @Nullable String note) {
        targets.findByIdForUpdate(t.id()); // one measurement a day: parallel recordings of a day replace each other
        Optional<MeasurementRow> before = measurements.findByTargetIdAndMeasuredOn(t.id(), on);
        MeasurementRow m = new MeasurementRow(
                before.map(MeasurementRow::id).orElseGet(() -> UUID.randomUUID().toString()),
                t.id(),
                on,
                value,
                sampleSize,
                computed,
                note,
                actor.name(),
                Instant.now(clock));
        if (before.isPresent()) {
            measurements.update(m);
            audit.record("UPDATE", "benchmark_measurement", m.id(), before.get(), m);
        } else {
            measurements.save(m);
            audit.record("CREATE", "benchmark_measurement", m.id(), null, m);
        }
    }

    private TargetRow target(String id) {
        return targets.findById(id).orElseThrow(() -> ProblemException.notFound("benchmark target " + id));
    }

    /**
     * The target locked until the transaction ends, if the person may change it (admins any, account managers their
     * own): writes to one target and its measurements happen one after the other, one measurement a day.
     */
    private TargetRow mine(String id) {
        TargetRow t =
                targets.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("benchmark target " + id));
        if (!mayChange(t)) {
            throw TargetWritePolicy.notYours();
        }
        return t;
    }

    /** Admins change any target, account managers their own. */
    private boolean mayChange(TargetRow t) {
        return actor.has(Roles.TENANT_ADMIN) || t.owner().equals(actor.name());
    }

    private TargetView view(TargetRow t) {
        List<MeasurementRow> series = measurements.findByTargetIdOrderByMeasuredOn(t.id());
        TargetProgress.Latest latest = series.isEmpty()
                ? null
                : new TargetProgress.Latest(
                        series.getLast().measuredOn(), series.getLast().value());
        TargetProgress.Judgement j = TargetProgress.judge(
                t.direction(),
                t.baselineValue(),
                t.baselineOn(),
                t.targetValue(),
                t.dueOn(),
                latest,
                LocalDate.now(clock));
        String stepName = t.stepLineageId() == null
                ? null
                : blueprints
                        .newestOfLineage(t.stepLineageId())
                        .map(StepView::name)
                        .orElse(null);
        return new TargetView(
                t.id(),
                t.metric(),
                t.metricSource(),
                t.stepLineageId(),
                stepName,
                t.dimension(),
                t.unit(),
                t.direction(),
                t.baselineValue(),
                t.baselineOn(),
                t.competitorName(),
                t.competitorValue(),
                t.competitorSource(),
                t.targetValue(),
                t.dueOn(),
                t.owner(),
                j.status(),
                j.judgedOn(),
                j.expected(),
                j.actual(),
                j.progress(),
                series.stream().map(Targets::view).toList(),
                t.createdAt(),
                t.createdBy(),
                mayChange(t),
                new Translated(t.metricZhCn(), t.metricZhTw()),
                t.servqualDimension());
    }

    private static MeasurementView view(MeasurementRow m) {
        return new MeasurementView(
                m.id(),
                m.measuredOn(),
                m.value(),
                m.sampleSize(),
                m.computed(),
                m.note(),
                m.recordedBy(),
                m.recordedAt());
    }
}
