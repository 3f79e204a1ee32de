package app.rapport.api.benchmark;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

/**
 * Benchmarking targets, their measurements and the computation of the measurable ones.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface BenchmarkOperations {
    @Get("/benchmark-targets")
    PageView<TargetView> targets(
            @Nullable @QueryValue Dimension dimension,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size);

    @Post("/benchmark-targets")
    HttpResponse<TargetView> create(@Body TargetWrite target);

    @Get("/benchmark-targets/{id}")
    TargetView target(@PathVariable String id);

    @Put("/benchmark-targets/{id}")
    HttpResponse<TargetView> change(@PathVariable String id, @Body TargetWrite target);

    @Delete("/benchmark-targets/{id}")
    HttpResponse<Void> delete(@PathVariable String id);

    @Post("/benchmark-targets/{id}/measurements")
    HttpResponse<TargetView> measure(@PathVariable String id, @Body MeasurementWrite measurement);

    @Delete("/benchmark-targets/{id}/measurements/{measurementId}")
    HttpResponse<TargetView> removeMeasurement(@PathVariable String id, @PathVariable String measurementId);

    @Post("/benchmark-targets/{id}/computation")
    HttpResponse<TargetView> compute(@PathVariable String id);

    @Post("/benchmark-targets/computations")
    HttpResponse<MeasurementRun> computeAll();
}
