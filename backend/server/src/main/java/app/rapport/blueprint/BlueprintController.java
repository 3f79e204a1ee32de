package app.rapport.blueprint;

import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintOperations;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.RequestLocales;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
class BlueprintController implements BlueprintOperations {
    private static final String SVG = "image/svg+xml";

    private final Blueprints blueprints;
    private final BlueprintVersions versions;
    private final BlueprintDrafts drafts;
    private final BlueprintPublication publication;
    private final StepPerformances performances;
    private final PublishedSteps published;
    private final BlueprintDiagram diagram;

    BlueprintController(
            Blueprints blueprints,
            BlueprintVersions versions,
            BlueprintDrafts drafts,
            BlueprintPublication publication,
            StepPerformances performances,
            BlueprintDiagram diagram,
            PublishedSteps published) {
        this.published = published;
        this.blueprints = blueprints;
        this.versions = versions;
        this.drafts = drafts;
        this.publication = publication;
        this.performances = performances;
        this.diagram = diagram;
    }

    @Operation(summary = "The blueprints with their versions by name, paged; q in the name (any language)")
    @Override
    public PageView<BlueprintSummary> blueprints(
            @Nullable @Size(max = 200) String q, @Nullable Integer page, @Nullable Integer size) {
        String term = q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        List<BlueprintSummary> found = blueprints.all().stream()
                .filter(b -> term == null
                        || b.name().toLowerCase(java.util.Locale.ROOT).contains(term)
                        || java.util.stream.Stream.of(
                                        b.nameTranslations().zhCn(),
                                        b.nameTranslations().zhTw())
                                .anyMatch(n -> n != null
                                        && n.toLowerCase(java.util.Locale.ROOT).contains(term)))
                .sorted(java.util.Comparator.comparing(b -> b.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        return Items.page(found, Paging.of(page, size, 200));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new blueprint with an empty draft as version 1")
    @Override
    public HttpResponse<BlueprintSummary> create(@Valid BlueprintWrite write) {
        BlueprintSummary created = blueprints.create(write);
        return HttpResponse.created(created, URI.create("/api/v1/blueprints/" + created.id()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new blueprint with its first draft's steps and flows in one request")
    @Override
    public HttpResponse<BlueprintSummary> importBlueprint(@Valid BlueprintImport imported) {
        BlueprintSummary created = blueprints.importBlueprint(imported);
        return HttpResponse.created(created, URI.create("/api/v1/blueprints/" + created.id()));
    }

    @Operation(summary = "One blueprint with its versions")
    @Override
    public BlueprintSummary blueprint(String id) {
        return blueprints.one(id);
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Rename a blueprint or change its description")
    @Override
    public HttpResponse<BlueprintSummary> rename(String id, @Valid BlueprintWrite write) {
        return HttpResponse.ok(blueprints.rename(id, write));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Delete a blueprint that was never published (409 otherwise: retire it)")
    @Override
    public HttpResponse<Void> delete(String id) {
        blueprints.delete(id);
        return HttpResponse.noContent();
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "A new draft version, a copy of the newest version (409 when a draft exists)")
    @Override
    public HttpResponse<VersionView> newVersion(String id) {
        VersionView draft = blueprints.newVersion(id);
        return HttpResponse.created(draft, URI.create("/api/v1/blueprint-versions/" + draft.id()));
    }

    @Operation(summary = "A version with its steps, flows and, for a draft, what the check finds")
    @Override
    public VersionView version(String versionId) {
        return versions.version(versionId);
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Throw a draft away")
    @Override
    public HttpResponse<Void> deleteDraft(String versionId) {
        blueprints.deleteDraft(versionId);
        return HttpResponse.noContent();
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a step to a draft (409 when its lane and column are taken)")
    @Override
    public HttpResponse<VersionView> addStep(String versionId, @Valid StepWrite step) {
        return HttpResponse.created(drafts.addStep(versionId, step));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change a step of a draft: its place, name, owner role, standard and flags")
    @Override
    public HttpResponse<VersionView> changeStep(String versionId, String stepId, @Valid StepWrite step) {
        return HttpResponse.ok(drafts.changeStep(versionId, stepId, step));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Move a step one column or lane; a step already there trades places with it")
    @Override
    public HttpResponse<VersionView> moveStep(String versionId, String stepId, @Valid StepMove move) {
        return HttpResponse.ok(drafts.moveStep(versionId, stepId, move.direction()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a step of a draft with its flows")
    @Override
    public HttpResponse<VersionView> removeStep(String versionId, String stepId) {
        return HttpResponse.ok(drafts.removeStep(versionId, stepId));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a flow between two steps of a draft")
    @Override
    public HttpResponse<VersionView> addFlow(String versionId, @Valid FlowWrite flow) {
        return HttpResponse.created(drafts.addFlow(versionId, flow));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a flow of a draft")
    @Override
    public HttpResponse<VersionView> removeFlow(String versionId, String flowId) {
        return HttpResponse.ok(drafts.removeFlow(versionId, flowId));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Publish a draft that passes the check (422 with the findings otherwise);"
                    + " the version published before is retired")
    @Override
    public HttpResponse<VersionView> publish(String versionId) {
        return HttpResponse.ok(publication.publish(versionId));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Retire a published version: no more touchpoints are logged against it")
    @Override
    public HttpResponse<VersionView> retire(String versionId) {
        return HttpResponse.ok(publication.retire(versionId));
    }

    @Operation(summary = "The diagram as SVG; with from and to, each step shows its performance of that period")
    @Override
    public HttpResponse<String> diagramSvg(
            String versionId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String lang,
            @Nullable String acceptLanguage) {
        VersionView version = versions.version(versionId);
        String svg = diagram.svg(version, overlay(versionId, from, to), locale(lang, acceptLanguage));
        return HttpResponse.ok(svg)
                .contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(version, "svg"));
    }

    @Operation(summary = "The diagram as PNG (twice the SVG's size); from and to as for the SVG")
    @Override
    public HttpResponse<byte[]> diagramPng(
            String versionId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String lang,
            @Nullable String acceptLanguage) {
        VersionView version = versions.version(versionId);
        byte[] png = diagram.png(version, overlay(versionId, from, to), locale(lang, acceptLanguage));
        return HttpResponse.ok(png)
                .contentType(MediaType.IMAGE_PNG_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(version, "png"));
    }

    @Operation(summary = "Per step: touchpoints, median and p90 minutes, share within the standard, reaction")
    @Override
    public Performance performance(String versionId, LocalDate from, LocalDate to) {
        return performances.of(versionId, from, to);
    }

    @Operation(summary = "The touchpoint steps of every published blueprint, to log a touchpoint against")
    @Override
    public List<TouchpointStep> touchpointSteps() {
        return published.touchpointSteps();
    }

    private @Nullable Performance overlay(String versionId, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        if (from == null || to == null) {
            throw ProblemException.badField(
                    from == null ? "from" : "to", FieldCode.BOTH_NEEDED, "other", from == null ? "to" : "from");
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
