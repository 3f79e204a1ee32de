package app.rapport.quality;

import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityMetric;
import app.rapport.api.quality.QualityOperations;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Control charts: admins and account managers read them and set their baselines; staff do not. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
@Tag(name = "quality")
@SecurityRequirement(name = "bearer")
class QualityController implements QualityOperations {
    private final QualityCharts charts;

    QualityController(QualityCharts charts) {
        this.charts = charts;
    }

    @Operation(summary = "A metric's weekly control chart: points, limits from its frozen baseline, signals")
    @Override
    public HttpResponse<ControlChartView> chart(QualityMetric metric) {
        return tagged(charts.chart(metric));
    }

    @Operation(summary = "Freeze the chart's limits on other weeks and rules; If-Match as read (0 for the default)")
    @Override
    public HttpResponse<ControlChartView> setBaseline(
            QualityMetric metric, @Nullable String ifMatch, @Valid BaselineWrite baseline) {
        return tagged(charts.setBaseline(metric, ETags.required(ifMatch, "baseline"), baseline));
    }

    private static HttpResponse<ControlChartView> tagged(ControlChartView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
