package app.rapport.blueprint;

import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.VersionView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.RequestLocales;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Service blueprints. Everyone reads them and logs touchpoints against them; only tenant admins author them. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "blueprints")
@SecurityRequirement(name = "bearer")
class BlueprintController {
    private static final String SVG = "image/svg+xml";

    private final Blueprints blueprints;
    private final StepPerformances performances;
    private final BlueprintDiagram diagram;

    BlueprintController(Blueprints blueprints, StepPerformances performances, BlueprintDiagram diagram) {
        this.blueprints = blueprints;
        this.performances = performances;
        this.diagram = diagram;
    }

    @Get("/blueprints")
    @Operation(summary = "Every blueprint with its versions, newest first")
    List<BlueprintSummary> blueprints() {
        return blueprints.all();
    }

    @Post("/blueprints")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new blueprint with an empty draft as version 1")
    HttpResponse<BlueprintSummary> create(@Body @Valid BlueprintWrite write) {
        BlueprintSummary created = blueprints.create(write);
        return HttpResponse.created(created, URI.create("/api/v1/blueprints/" + created.id()));
    }

    @Post("/blueprints/imports")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new blueprint with its first draft's steps and flows in one request")
    HttpResponse<BlueprintSummary> importBlueprint(@Body @Valid BlueprintImport imported) {
        BlueprintSummary created = blueprints.importBlueprint(imported);
        return HttpResponse.created(created, URI.create("/api/v1/blueprints/" + created.id()));
    }

    @Get("/blueprints/{id}")
    @Operation(summary = "One blueprint with its versions")
    BlueprintSummary blueprint(@PathVariable String id) {
        return blueprints.one(id);
    }

    @Put("/blueprints/{id}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Rename a blueprint or change its description")
    BlueprintSummary rename(@PathVariable String id, @Body @Valid BlueprintWrite write) {
        return blueprints.rename(id, write);
    }

    @Delete("/blueprints/{id}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Delete a blueprint that was never published (409 otherwise: retire it)")
    HttpResponse<Void> delete(@PathVariable String id) {
        blueprints.delete(id);
        return HttpResponse.noContent();
    }

    @Post("/blueprints/{id}/versions")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new draft version, a copy of the newest version (409 when a draft exists)")
    HttpResponse<VersionView> newVersion(@PathVariable String id) {
        VersionView draft = blueprints.newVersion(id);
        return HttpResponse.created(draft, URI.create("/api/v1/blueprint-versions/" + draft.id()));
    }

    @Get("/blueprint-versions/{versionId}")
    @Operation(summary = "A version with its steps, flows and, for a draft, what the check finds")
    VersionView version(@PathVariable String versionId) {
        return blueprints.version(versionId);
    }

    @Delete("/blueprint-versions/{versionId}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Throw a draft away")
    HttpResponse<Void> deleteDraft(@PathVariable String versionId) {
        blueprints.deleteDraft(versionId);
        return HttpResponse.noContent();
    }

    @Post("/blueprint-versions/{versionId}/steps")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a step to a draft (409 when its lane and column are taken)")
    HttpResponse<VersionView> addStep(@PathVariable String versionId, @Body @Valid StepWrite step) {
        return HttpResponse.created(blueprints.addStep(versionId, step));
    }

    @Put("/blueprint-versions/{versionId}/steps/{stepId}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change a step of a draft: its place, name, owner role, standard and flags")
    VersionView changeStep(@PathVariable String versionId, @PathVariable String stepId, @Body @Valid StepWrite step) {
        return blueprints.changeStep(versionId, stepId, step);
    }

    @Post("/blueprint-versions/{versionId}/steps/{stepId}/moves")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Move a step one column or lane; a step already there trades places with it")
    VersionView moveStep(@PathVariable String versionId, @PathVariable String stepId, @Body @Valid StepMove move) {
        return blueprints.moveStep(versionId, stepId, move.direction());
    }

    @Delete("/blueprint-versions/{versionId}/steps/{stepId}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a step of a draft with its flows")
    VersionView removeStep(@PathVariable String versionId, @PathVariable String stepId) {
        return blueprints.removeStep(versionId, stepId);
    }

    @Post("/blueprint-versions/{versionId}/flows")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a flow between two steps of a draft")
    HttpResponse<VersionView> addFlow(@PathVariable String versionId, @Body @Valid FlowWrite flow) {
        return HttpResponse.created(blueprints.addFlow(versionId, flow));
    }

    @Delete("/blueprint-versions/{versionId}/flows/{flowId}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a flow of a draft")
    VersionView removeFlow(@PathVariable String versionId, @PathVariable String flowId) {
        return blueprints.removeFlow(versionId, flowId);
    }

    @Post("/blueprint-versions/{versionId}/publication")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Publish a draft that passes the check (422 with the findings otherwise);"
                    + " the version published before is retired")
    VersionView publish(@PathVariable String versionId) {
        return blueprints.publish(versionId);
    }

    @Post("/blueprint-versions/{versionId}/retirement")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Retire a published version: no more touchpoints are logged against it")
    VersionView retire(@PathVariable String versionId) {
        return blueprints.retire(versionId);
    }

    @Get(value = "/blueprint-versions/{versionId}/diagram.svg", produces = SVG)
    @Operation(summary = "The diagram as SVG; with from and to, each step shows its performance of that period")
    HttpResponse<String> diagramSvg(
            @PathVariable String versionId,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        VersionView version = blueprints.version(versionId);
        String svg = diagram.svg(version, overlay(versionId, from, to), locale(lang, acceptLanguage));
        return HttpResponse.ok(svg)
                .contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(version, "svg"));
    }

    @Get(value = "/blueprint-versions/{versionId}/diagram.png", produces = MediaType.IMAGE_PNG)
    @Operation(summary = "The diagram as PNG (twice the SVG's size); from and to as for the SVG")
    HttpResponse<byte[]> diagramPng(
            @PathVariable String versionId,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        VersionView version = blueprints.version(versionId);
        byte[] png = diagram.png(version, overlay(versionId, from, to), locale(lang, acceptLanguage));
        return HttpResponse.ok(png)
                .contentType(MediaType.IMAGE_PNG_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(version, "png"));
    }

    @Get("/blueprint-versions/{versionId}/performance")
    @Operation(summary = "Per step: touchpoints, median and p90 minutes, share within the standard, reaction")
    Performance performance(@PathVariable String versionId, @QueryValue LocalDate from, @QueryValue LocalDate to) {
        return performances.of(versionId, from, to);
    }

    @Get("/touchpoint-steps")
    @Operation(summary = "The touchpoint steps of every published blueprint, to log a touchpoint against")
    List<TouchpointStep> touchpointSteps() {
        return blueprints.touchpointSteps();
    }

    private @Nullable Performance overlay(String versionId, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw ProblemException.badField(
                    from == null ? "from" : "to", "give both from and to for a performance overlay");
        }
        return performances.of(versionId, from, to);
    }

    static Locale locale(@Nullable String lang, @Nullable String acceptLanguage) {
        return RequestLocales.of(lang, acceptLanguage);
    }

    private static String disposition(VersionView version, String extension) {
        String base = version.blueprintName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "inline; filename=\"" + (base.isEmpty() ? "blueprint" : base) + "-v" + version.number() + "." + extension
                + "\"";
    }
}
