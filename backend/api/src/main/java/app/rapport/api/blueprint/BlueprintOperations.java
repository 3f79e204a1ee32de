package app.rapport.api.blueprint;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Service blueprints: versions, the draft editor, publishing, the diagram and per-step performance.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface BlueprintOperations {
    String SVG = "image/svg+xml";

    @Get("/blueprints")
    PageView<BlueprintSummary> blueprints(
            @Nullable @QueryValue String q, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Post("/blueprints")
    HttpResponse<BlueprintSummary> create(@Body BlueprintWrite blueprint);

    @Post("/blueprints/imports")
    HttpResponse<BlueprintSummary> importBlueprint(@Body BlueprintImport blueprint);

    @Get("/blueprints/{id}")
    BlueprintSummary blueprint(@PathVariable String id);

    @Put("/blueprints/{id}")
    HttpResponse<BlueprintSummary> rename(@PathVariable String id, @Body BlueprintWrite blueprint);

    @Delete("/blueprints/{id}")
    HttpResponse<Void> delete(@PathVariable String id);

    @Post("/blueprints/{id}/versions")
    HttpResponse<VersionView> newVersion(@PathVariable String id);

    @Get("/blueprint-versions/{versionId}")
    VersionView version(@PathVariable String versionId);

    @Delete("/blueprint-versions/{versionId}")
    HttpResponse<Void> deleteDraft(@PathVariable String versionId);

    @Post("/blueprint-versions/{versionId}/steps")
    HttpResponse<VersionView> addStep(@PathVariable String versionId, @Body StepWrite step);

    @Put("/blueprint-versions/{versionId}/steps/{stepId}")
    HttpResponse<VersionView> changeStep(
            @PathVariable String versionId, @PathVariable String stepId, @Body StepWrite step);

    @Post("/blueprint-versions/{versionId}/steps/{stepId}/moves")
    HttpResponse<VersionView> moveStep(
            @PathVariable String versionId, @PathVariable String stepId, @Body StepMove move);

    @Delete("/blueprint-versions/{versionId}/steps/{stepId}")
    HttpResponse<VersionView> removeStep(@PathVariable String versionId, @PathVariable String stepId);

    @Post("/blueprint-versions/{versionId}/flows")
    HttpResponse<VersionView> addFlow(@PathVariable String versionId, @Body FlowWrite flow);

    @Delete("/blueprint-versions/{versionId}/flows/{flowId}")
    HttpResponse<VersionView> removeFlow(@PathVariable String versionId, @PathVariable String flowId);

    @Post("/blueprint-versions/{versionId}/publication")
    HttpResponse<VersionView> publish(@PathVariable String versionId);

    @Post("/blueprint-versions/{versionId}/retirement")
    HttpResponse<VersionView> retire(@PathVariable String versionId);

    /**
     * The diagram as SVG; with from and to, each step carries its performance of that period. The language is
     * {@code lang} (en, zh-CN, zh-TW) or else Accept-Language.
     */
    @Get(value = "/blueprint-versions/{versionId}/diagram.svg", produces = SVG, consumes = SVG)
    HttpResponse<String> diagramSvg(
            @PathVariable String versionId,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage);

    /** The same diagram as PNG, twice the SVG's size. */
    @Get(
            value = "/blueprint-versions/{versionId}/diagram.png",
            produces = MediaType.IMAGE_PNG,
            consumes = MediaType.IMAGE_PNG)
    HttpResponse<byte[]> diagramPng(
            @PathVariable String versionId,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage);

    @Get("/blueprint-versions/{versionId}/performance")
    Performance performance(@PathVariable String versionId, @QueryValue LocalDate from, @QueryValue LocalDate to);

    /** The touchpoint steps of every published blueprint, for logging a touchpoint against one. */
    @Get("/touchpoint-steps")
    List<TouchpointStep> touchpointSteps();
}
