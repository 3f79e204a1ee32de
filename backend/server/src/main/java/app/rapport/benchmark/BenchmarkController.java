package app.rapport.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/**
 * Benchmarking targets, for tenant admins and account managers. Admins change any target; account managers the
 * targets they own (403 otherwise).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
@Tag(name = "benchmarks")
@SecurityRequirement(name = "bearer")
class BenchmarkController {
    private final Targets targets;

    BenchmarkController(Targets targets) {
        this.targets = targets;
    }

    @Get("/benchmark-targets")
    @Operation(summary = "Every target with its status and measurements, by dimension; dimension= keeps one")
    List<TargetView> targets(@Nullable @QueryValue Dimension dimension) {
        return targets.all(dimension);
    }

    @Post("/benchmark-targets")
    @Operation(summary = "Set a target: metric, dimension, baseline, competitor, target value, due date, owner")
    HttpResponse<TargetView> create(@Body @Valid TargetWrite write) {
        TargetView created = targets.create(write);
        return HttpResponse.created(created, URI.create("/api/v1/benchmark-targets/" + created.id()));
    }

    @Get("/benchmark-targets/{id}")
    @Operation(summary = "One target with its status, the expected value on the line and its measurements")
    TargetView target(@PathVariable String id) {
        return targets.one(id);
    }

    @Put("/benchmark-targets/{id}")
    @Operation(summary = "Change a target (its metric only while it has no measurements)")
    TargetView change(@PathVariable String id, @Body @Valid TargetWrite write) {
        return targets.change(id, write);
    }

    @Delete("/benchmark-targets/{id}")
    @Operation(summary = "Delete a target with its measurements")
    HttpResponse<Void> delete(@PathVariable String id) {
        targets.delete(id);
        return HttpResponse.noContent();
    }

    @Post("/benchmark-targets/{id}/measurements")
    @Operation(summary = "Enter a measurement of a manual metric; one per day, a second replaces the first")
    HttpResponse<TargetView> measure(@PathVariable String id, @Body @Valid MeasurementWrite write) {
        return HttpResponse.created(targets.measure(id, write));
    }

    @Delete("/benchmark-targets/{id}/measurements/{measurementId}")
    @Operation(summary = "Remove a measurement entered by mistake")
    TargetView removeMeasurement(@PathVariable String id, @PathVariable String measurementId) {
        return targets.removeMeasurement(id, measurementId);
    }

    @Post("/benchmark-targets/{id}/computation")
    @Operation(summary = "Measure a computed metric now (422 when it has no records in the last 30 days)")
    TargetView compute(@PathVariable String id) {
        return targets.compute(id);
    }

    @Post("/benchmark-targets/computations")
    @Operation(summary = "Measure every computed metric now (the nightly run on demand)")
    MeasurementRun computeAll() {
        return targets.computeAll();
    }
}
