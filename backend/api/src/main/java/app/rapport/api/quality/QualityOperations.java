package app.rapport.api.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;

/**
 * Control charts under {@code /api/v1}: a metric's chart, and the baseline its limits are frozen on. Every call acts
 * in the caller's tenant.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface QualityOperations {
    @Get("/quality/charts/{metric}")
    HttpResponse<ControlChartView> chart(@PathVariable QualityMetric metric);

    @Put("/quality/charts/{metric}/baseline")
    HttpResponse<ControlChartView> setBaseline(
            @PathVariable QualityMetric metric,
            @Nullable @Header("If-Match") String ifMatch,
            @Body BaselineWrite baseline);
}
