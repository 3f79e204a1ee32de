package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityApi;
import app.rapport.api.quality.QualityMetric;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Control charts in memory: what a test put for a metric (else an empty chart); a baseline saved over the version
 * read (412 when stale; {@code to} before {@code from} refused on the field) moves it on and is kept in {@link #saved}.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(QualityApi.class)
public class InMemoryQuality implements QualityApi {
    private final Map<QualityMetric, ControlChartView> charts = new EnumMap<>(QualityMetric.class);
    public final List<BaselineWrite> saved = new ArrayList<>();

    public synchronized void put(ControlChartView chart) {
        charts.put(chart.metric(), chart);
    }

    private ControlChartView of(QualityMetric m) {
        return charts.getOrDefault(
                m,
                new ControlChartView(
                        m,
                        m.kind(),
                        app.rapport.api.quality.ChartRules.THREE_SIGMA,
                        null,
                        null,
                        false,
                        null,
                        null,
                        0,
                        null,
                        List.of(),
                        List.of()));
    }

    @Override
    public synchronized HttpResponse<ControlChartView> chart(QualityMetric metric) {
        return HttpResponse.ok(of(metric));
    }

    @Override
    public synchronized HttpResponse<ControlChartView> setBaseline(
            QualityMetric metric, String ifMatch, BaselineWrite baseline) {
        ControlChartView now = of(metric);
        if (!("\"" + now.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        if (!baseline.to().isAfter(baseline.from())) {
            return FakeProblems.badField("to", FieldCode.MUST_FOLLOW);
        }
        saved.add(baseline);
        ControlChartView next = new ControlChartView(
                metric,
                now.kind(),
                baseline.rules(),
                baseline.from(),
                baseline.to(),
                true,
                "amy",
                Instant.now(),
                now.version() + 1,
                now.centre(),
                now.points(),
                now.signals());
        charts.put(metric, next);
        return HttpResponse.ok(next);
    }
}
