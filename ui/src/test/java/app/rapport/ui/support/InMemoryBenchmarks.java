package app.rapport.ui.support;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MeasurementView;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetStatus;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.Translated;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark targets in memory: a target is AT_RISK until a measurement reaches its value (then ACHIEVED); a manual
 * metric needs a unit; a computed one measures {@link #nextComputed}, or has no data when that is null.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(BenchmarkApi.class)
public class InMemoryBenchmarks implements BenchmarkApi {
    public final Map<String, TargetView> targets = new LinkedHashMap<>();
    public final List<TargetWrite> written = new ArrayList<>();
    public BigDecimal nextComputed;

    /** A manual target in days, lower is better, from a baseline 90 days ago to be reached in 90 days. */
    public TargetView add(String metric, Dimension dimension, int baseline, int target, String competitor, int theirs) {
        TargetWrite w = new TargetWrite(
                metric,
                MetricSource.MANUAL,
                null,
                dimension,
                "days",
                Direction.LOWER_IS_BETTER,
                BigDecimal.valueOf(baseline),
                LocalDate.now(InMemoryWorkspace.ZONE).minusDays(90),
                competitor,
                competitor == null ? null : BigDecimal.valueOf(theirs),
                competitor == null ? null : "survey",
                BigDecimal.valueOf(target),
                LocalDate.now(InMemoryWorkspace.ZONE).plusDays(90),
                "amy",
                null);
        TargetView t = view(UUID.randomUUID().toString(), w, List.of());
        targets.put(t.id(), t);
        return t;
    }

    private static TargetView view(String id, TargetWrite w, List<MeasurementView> measurements) {
        BigDecimal actual =
                measurements.isEmpty() ? null : measurements.getLast().value();
        boolean lower =
                (w.direction() == null ? Direction.LOWER_IS_BETTER : w.direction()) == Direction.LOWER_IS_BETTER;
        boolean reached = actual != null
                && (lower ? actual.compareTo(w.targetValue()) <= 0 : actual.compareTo(w.targetValue()) >= 0);
        BigDecimal expected = w.baselineValue().add(w.targetValue()).divide(BigDecimal.TWO);
        double progress = actual == null
                ? 0
                : actual.subtract(w.baselineValue()).doubleValue()
                        / w.targetValue().subtract(w.baselineValue()).doubleValue();
        return new TargetView(
                id,
                w.metric(),
                w.source(),
                w.stepId(),
                w.stepId() == null ? null : "Greet the guest",
                w.dimension(),
                w.unit() == null ? "min" : w.unit(),
                w.direction() == null ? Direction.LOWER_IS_BETTER : w.direction(),
                w.baselineValue(),
                w.baselineOn(),
                w.competitorName(),
                w.competitorValue(),
                w.competitorSource(),
                w.targetValue(),
                w.dueOn(),
                w.owner(),
                reached ? TargetStatus.ACHIEVED : TargetStatus.AT_RISK,
                LocalDate.now(InMemoryWorkspace.ZONE),
                expected,
                actual,
                progress,
                List.copyOf(measurements),
                Instant.now(),
                "amy",
                true,
                w.metricTranslations() == null ? Translated.NONE : w.metricTranslations(),
                w.servqualDimension());
    }

    private static TargetWrite write(TargetView t) {
        return new TargetWrite(
                t.metric(),
                t.source(),
                t.stepLineageId(),
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
                t.metricTranslations());
    }

    private TargetView get(String id) {
        TargetView t = targets.get(id);
        if (t == null) {
            throw new HttpClientResponseException("not found", HttpResponse.notFound());
        }
        return t;
    }

    @Override
    public synchronized app.rapport.api.common.PageView<TargetView> targets(
            Dimension dimension, Integer page, Integer size) {
        return FakePages.of(
                targets.values().stream()
                        .filter(t -> dimension == null || t.dimension() == dimension)
                        .map(FakeCaller::withPermission)
                        .toList(),
                page,
                size);
    }

    @Override
    public synchronized HttpResponse<TargetView> create(TargetWrite target) {
        written.add(target);
        if (target.source() == MetricSource.MANUAL
                && (target.unit() == null || target.unit().isBlank())) {
            return FakeProblems.badField("unit", FieldCode.UNIT_NEEDED);
        }
        TargetView t = view(UUID.randomUUID().toString(), target, List.of());
        targets.put(t.id(), t);
        return HttpResponse.created(t);
    }

    @Override
    public synchronized TargetView target(String id) {
        // as the declarative client answers a 404 of a method that returns a body
        return targets.containsKey(id) ? FakeCaller.withPermission(get(id)) : null;
    }

    @Override
    public synchronized HttpResponse<TargetView> change(String id, TargetWrite target) {
        TargetView t = view(id, target, get(id).measurements());
        targets.put(id, t);
        return HttpResponse.ok(t);
    }

    @Override
    public synchronized HttpResponse<Void> delete(String id) {
        targets.remove(id);
        return HttpResponse.noContent();
    }

    @Override
    public synchronized HttpResponse<TargetView> measure(String id, MeasurementWrite measurement) {
        TargetView t = get(id);
        if (measurement.measuredOn().isBefore(t.baselineOn())) {
            return FakeProblems.badField("measuredOn", FieldCode.BEFORE_BASELINE);
        }
        return HttpResponse.created(add(t, measurement.measuredOn(), measurement.value(), false, measurement.note()));
    }

    private TargetView add(TargetView t, LocalDate on, BigDecimal value, boolean computed, String note) {
        List<MeasurementView> ms = new ArrayList<>(t.measurements());
        ms.removeIf(m -> m.measuredOn().equals(on));
        ms.add(new MeasurementView(
                UUID.randomUUID().toString(), on, value, computed ? 3 : null, computed, note, "amy", Instant.now()));
        ms.sort(java.util.Comparator.comparing(MeasurementView::measuredOn));
        TargetView after = view(t.id(), write(t), ms);
        targets.put(t.id(), after);
        return after;
    }

    @Override
    public synchronized HttpResponse<TargetView> removeMeasurement(String id, String measurementId) {
        TargetView t = get(id);
        List<MeasurementView> ms = new ArrayList<>(t.measurements());
        ms.removeIf(m -> m.id().equals(measurementId));
        TargetView after = view(id, write(t), ms);
        targets.put(id, after);
        return HttpResponse.ok(after);
    }

    @Override
    public synchronized HttpResponse<TargetView> compute(String id) {
        if (nextComputed == null) {
            return FakeProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "no-data", List.of());
        }
        return HttpResponse.ok(add(get(id), LocalDate.now(InMemoryWorkspace.ZONE), nextComputed, true, null));
    }

    @Override
    public synchronized HttpResponse<MeasurementRun> computeAll() {
        int n = (int) targets.values().stream()
                .filter(t -> t.source() != MetricSource.MANUAL)
                .count();
        return HttpResponse.ok(new MeasurementRun(n, nextComputed == null ? 0 : n, nextComputed == null ? n : 0, 1));
    }
}
