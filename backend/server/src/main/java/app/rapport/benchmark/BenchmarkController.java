package app.rapport.benchmark;

import app.rapport.api.benchmark.BenchmarkOperations;
import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.common.PageView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/**
 * Benchmarking targets, for tenant admins and account managers. Admins change any target; account managers the
 * targets they own (403 otherwise).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
@Tag(name = "benchmarks")
@SecurityRequirement(name = "bearer")
class BenchmarkController implements BenchmarkOperations {
    private final Targets targets;

    BenchmarkController(Targets targets) {
        this.targets = targets;
    }

    @Operation(summary = "The targets with their status and measurements, by dimension, paged; dimension= keeps one")
    @Override
    public PageView<TargetView> targets(@Nullable Dimension dimension, @Nullable Integer page, @Nullable Integer size) {
        return Items.page(targets.all(dimension), Paging.of(page, size, 200));
    }

    @Operation(summary = "Set a target: metric, dimension, baseline, competitor, target value, due date, owner")
    @Override
    public HttpResponse<TargetView> create(@Valid TargetWrite write) {
        TargetView created = targets.create(write);
        return HttpResponse.created(created, URI.create("/api/v1/benchmark-targets/" + created.id()));
    }

    @Operation(summary = "One target with its status, the expected value on the line and its measurements")
    @Override
    public TargetView target(String id) {
        return targets.one(id);
    }

    @Operation(summary = "Change a target (its metric only while it has no measurements)")
    @Override
    public HttpResponse<TargetView> change(String id, @Valid TargetWrite write) {
        return HttpResponse.ok(targets.change(id, write));
    }

    @Operation(summary = "Delete a target with its measurements")
    @Override
    public HttpResponse<Void> delete(String id) {
        targets.delete(id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Enter a measurement of a manual metric; one per day, a second replaces the first")
    @Override
    public HttpResponse<TargetView> measure(String id, @Valid MeasurementWrite write) {
        return HttpResponse.created(targets.measure(id, write));
    }

    @Operation(summary = "Remove a measurement entered by mistake")
    @Override
    public HttpResponse<TargetView> removeMeasurement(String id, String measurementId) {
        return HttpResponse.ok(targets.removeMeasurement(id, measurementId));
    }

    @Operation(summary = "Measure a computed metric now (422 when it has no records in the last 30 days)")
    @Override
    public HttpResponse<TargetView> compute(String id) {
        return HttpResponse.ok(targets.compute(id));
    }

    @Operation(summary = "Measure every computed metric now (the nightly run on demand)")
    @Override
    public HttpResponse<MeasurementRun> computeAll() {
        return HttpResponse.ok(targets.computeAll());
    }
}
