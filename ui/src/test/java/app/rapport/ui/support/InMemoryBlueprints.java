package app.rapport.ui.support;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FindingCode;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.Translated;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Blueprints in memory, with the rules the views rely on: only a draft changes, a taken cell is refused, the check
 * finds missing client actions and orphan steps, publishing retires the version published before; the diagram is a
 * small SVG naming the steps, and performance is what the test sets.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(BlueprintApi.class)
public class InMemoryBlueprints implements BlueprintApi {
    public final Map<String, Blueprint> blueprints = new LinkedHashMap<>();
    public final Map<String, Performance> performances = new LinkedHashMap<>();
    public final List<String> diagramLanguages = new ArrayList<>();

    public static final class Blueprint {
        public String id = UUID.randomUUID().toString();
        public String name;
        public Translated nameTranslations = Translated.NONE;
        public final List<Version> versions = new ArrayList<>();
    }

    public static final class Version {
        public String id = UUID.randomUUID().toString();
        public int number;
        public VersionStatus status = VersionStatus.DRAFT;
        public Instant publishedAt;
        public final List<StepView> steps = new ArrayList<>();
        public final List<FlowView> flows = new ArrayList<>();
    }

    /** A blueprint with one version of these steps (flows join them in order) in this status. */
    public synchronized Blueprint add(String name, VersionStatus status, StepWrite... steps) {
        Blueprint b = new Blueprint();
        b.name = name;
        Version v = new Version();
        v.number = 1;
        v.status = status;
        v.publishedAt = status == VersionStatus.DRAFT ? null : Instant.now();
        for (StepWrite s : steps) {
            v.steps.add(step(UUID.randomUUID().toString(), s));
        }
        for (int i = 1; i < v.steps.size(); i++) {
            v.flows.add(new FlowView(
                    UUID.randomUUID().toString(),
                    v.steps.get(i - 1).id(),
                    v.steps.get(i).id()));
        }
        b.versions.add(v);
        blueprints.put(b.id, b);
        return b;
    }

    private static StepView step(String id, StepWrite w) {
        return new StepView(
                id,
                id,
                w.lane(),
                w.col(),
                w.name(),
                w.description(),
                w.ownerRole(),
                w.targetMinutes(),
                w.qualityRule(),
                w.failPoint(),
                w.touchpoint(),
                w.nameTranslations() == null ? Translated.NONE : w.nameTranslations());
    }

    private Blueprint blueprintOf(String versionId) {
        return blueprints.values().stream()
                .filter(b -> b.versions.stream().anyMatch(v -> v.id.equals(versionId)))
                .findFirst()
                .orElseThrow(() -> new HttpClientResponseException("not found", HttpResponse.notFound()));
    }

    public Version versionRow(String versionId) {
        return blueprintOf(versionId).versions.stream()
                .filter(v -> v.id.equals(versionId))
                .findFirst()
                .orElseThrow();
    }

    private static List<Finding> check(Version v) {
        if (v.steps.isEmpty()) {
            return List.of(new Finding(FindingCode.NO_STEPS, null, null));
        }
        List<Finding> f = new ArrayList<>();
        if (v.steps.stream().noneMatch(s -> s.lane() == Lane.CLIENT_ACTIONS)) {
            f.add(new Finding(FindingCode.NO_CLIENT_ACTION, null, null));
        }
        for (StepView s : v.steps) {
            boolean joined = v.flows.stream()
                    .anyMatch(fl ->
                            fl.fromStepId().equals(s.id()) || fl.toStepId().equals(s.id()));
            if (v.steps.size() > 1 && !joined) {
                f.add(new Finding(FindingCode.ORPHAN_STEP, s.id(), s.name()));
            }
        }
        return f;
    }

    private VersionView view(Version v) {
        Blueprint b = blueprintOf(v.id);
        return new VersionView(
                v.id,
                b.id,
                b.name,
                null,
                v.number,
                v.status,
                Instant.now(),
                "admin",
                v.publishedAt,
                v.publishedAt == null ? null : "admin",
                null,
                null,
                v.steps.stream()
                        .sorted(Comparator.comparing(StepView::lane).thenComparingInt(StepView::col))
                        .toList(),
                List.copyOf(v.flows),
                v.status == VersionStatus.DRAFT ? check(v) : List.of(),
                b.nameTranslations);
    }

    private BlueprintSummary summary(Blueprint b) {
        return new BlueprintSummary(
                b.id,
                b.name,
                null,
                Instant.now(),
                "admin",
                b.versions.stream()
                        .sorted(Comparator.comparingInt((Version v) -> v.number).reversed())
                        .map(v -> new VersionSummary(v.id, v.number, v.status, v.steps.size(), v.publishedAt))
                        .toList(),
                b.nameTranslations);
    }

    private static <T> HttpResponse<T> notDraft() {
        return FakeProblems.problem(HttpStatus.CONFLICT, "version-not-draft", List.of());
    }

    @Override
    public synchronized app.rapport.api.common.PageView<BlueprintSummary> blueprints(
            String q, Integer page, Integer size) {
        String needle = q == null ? "" : q.toLowerCase(java.util.Locale.ROOT);
        return FakePages.of(
                blueprints.values().stream()
                        .map(this::summary)
                        .filter(b -> b.name().toLowerCase(java.util.Locale.ROOT).contains(needle))
                        .toList(),
                page,
                size);
    }

    @Override
    public synchronized HttpResponse<BlueprintSummary> create(BlueprintWrite blueprint) {
        if (blueprints.values().stream().anyMatch(b -> b.name.equals(blueprint.name()))) {
            return FakeProblems.problem(
                    HttpStatus.CONFLICT, "name-taken", List.of(ProblemView.FieldProblem.of("name", FieldCode.TAKEN)));
        }
        Blueprint b = add(blueprint.name(), VersionStatus.DRAFT);
        b.nameTranslations = Objects.requireNonNullElse(blueprint.nameTranslations(), Translated.NONE);
        return HttpResponse.created(summary(b));
    }

    @Override
    public synchronized HttpResponse<BlueprintSummary> importBlueprint(BlueprintImport blueprint) {
        return HttpResponse.created(summary(
                add(blueprint.name(), VersionStatus.DRAFT, blueprint.steps().toArray(StepWrite[]::new))));
    }

    @Override
    public synchronized BlueprintSummary blueprint(String id) {
        Blueprint b = blueprints.get(id);
        if (b == null) {
            return null; // as the declarative client answers a 404 of a method that returns a body
        }
        return summary(b);
    }

    @Override
    public synchronized HttpResponse<BlueprintSummary> rename(String id, BlueprintWrite blueprint) {
        if (blueprints.values().stream().anyMatch(b -> !b.id.equals(id) && b.name.equals(blueprint.name()))) {
            return FakeProblems.problem(
                    HttpStatus.CONFLICT, "name-taken", List.of(ProblemView.FieldProblem.of("name", FieldCode.TAKEN)));
        }
        blueprints.get(id).name = blueprint.name();
        blueprints.get(id).nameTranslations = Objects.requireNonNullElse(blueprint.nameTranslations(), Translated.NONE);
        return HttpResponse.ok(summary(blueprints.get(id)));
    }

    @Override
    public synchronized HttpResponse<Void> delete(String id) {
        blueprints.remove(id);
        return HttpResponse.noContent();
    }

    @Override
    public synchronized HttpResponse<VersionView> newVersion(String id) {
        Blueprint b = blueprints.get(id);
        if (b.versions.stream().anyMatch(v -> v.status == VersionStatus.DRAFT)) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "draft-exists", List.of());
        }
        Version last =
                b.versions.stream().max(Comparator.comparingInt(v -> v.number)).orElseThrow();
        Version draft = new Version();
        draft.number = last.number + 1;
        Map<String, String> ids = new LinkedHashMap<>();
        for (StepView s : last.steps) {
            String nid = UUID.randomUUID().toString();
            ids.put(s.id(), nid);
            draft.steps.add(new StepView(
                    nid,
                    s.lineageId(),
                    s.lane(),
                    s.col(),
                    s.name(),
                    s.description(),
                    s.ownerRole(),
                    s.targetMinutes(),
                    s.qualityRule(),
                    s.failPoint(),
                    s.touchpoint(),
                    s.nameTranslations()));
        }
        last.flows.forEach(f -> draft.flows.add(
                new FlowView(UUID.randomUUID().toString(), ids.get(f.fromStepId()), ids.get(f.toStepId()))));
        b.versions.add(draft);
        return HttpResponse.created(view(draft));
    }

    @Override
    public synchronized VersionView version(String versionId) {
        return view(versionRow(versionId));
    }

    @Override
    public synchronized HttpResponse<Void> deleteDraft(String versionId) {
        Blueprint b = blueprintOf(versionId);
        b.versions.removeIf(v -> v.id.equals(versionId));
        return HttpResponse.noContent();
    }

    @Override
    public synchronized HttpResponse<VersionView> addStep(String versionId, StepWrite step) {
        Version v = versionRow(versionId);
        if (v.status != VersionStatus.DRAFT) {
            return notDraft();
        }
        var occupant = v.steps.stream()
                .filter(s -> s.lane() == step.lane() && s.col() == step.col())
                .findFirst();
        if (occupant.isPresent()) {
            return FakeProblems.problem(
                    HttpStatus.CONFLICT,
                    "cell-taken",
                    List.of(ProblemView.FieldProblem.of(
                            "col", FieldCode.CELL_TAKEN, "step", occupant.get().name())));
        }
        v.steps.add(step(UUID.randomUUID().toString(), step));
        return HttpResponse.created(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> changeStep(String versionId, String stepId, StepWrite step) {
        Version v = versionRow(versionId);
        if (v.status != VersionStatus.DRAFT) {
            return notDraft();
        }
        v.steps.replaceAll(s -> s.id().equals(stepId) ? step(stepId, step) : s);
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> moveStep(String versionId, String stepId, StepMove move) {
        Version v = versionRow(versionId);
        StepView s =
                v.steps.stream().filter(x -> x.id().equals(stepId)).findFirst().orElseThrow();
        int col = s.col()
                + (move.direction() == MoveDirection.LEFT ? -1 : move.direction() == MoveDirection.RIGHT ? 1 : 0);
        int lane = s.lane().ordinal()
                + (move.direction() == MoveDirection.UP ? -1 : move.direction() == MoveDirection.DOWN ? 1 : 0);
        v.steps.replaceAll(x -> x.id().equals(stepId)
                ? new StepView(
                        x.id(),
                        x.lineageId(),
                        Lane.values()[lane],
                        col,
                        x.name(),
                        x.description(),
                        x.ownerRole(),
                        x.targetMinutes(),
                        x.qualityRule(),
                        x.failPoint(),
                        x.touchpoint(),
                        x.nameTranslations())
                : x);
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> removeStep(String versionId, String stepId) {
        Version v = versionRow(versionId);
        v.steps.removeIf(s -> s.id().equals(stepId));
        v.flows.removeIf(f -> f.fromStepId().equals(stepId) || f.toStepId().equals(stepId));
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> addFlow(String versionId, FlowWrite flow) {
        Version v = versionRow(versionId);
        if (flow.fromStepId().equals(flow.toStepId())) {
            return FakeProblems.badField("toStepId", FieldCode.SAME_STEP);
        }
        v.flows.add(new FlowView(UUID.randomUUID().toString(), flow.fromStepId(), flow.toStepId()));
        return HttpResponse.created(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> removeFlow(String versionId, String flowId) {
        Version v = versionRow(versionId);
        v.flows.removeIf(f -> f.id().equals(flowId));
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> publish(String versionId) {
        Version v = versionRow(versionId);
        if (!check(v).isEmpty()) {
            return FakeProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "blueprint-invalid", List.of());
        }
        blueprintOf(versionId).versions.forEach(o -> {
            if (o.status == VersionStatus.PUBLISHED) {
                o.status = VersionStatus.RETIRED;
            }
        });
        v.status = VersionStatus.PUBLISHED;
        v.publishedAt = Instant.now();
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<VersionView> retire(String versionId) {
        Version v = versionRow(versionId);
        v.status = VersionStatus.RETIRED;
        return HttpResponse.ok(view(v));
    }

    @Override
    public synchronized HttpResponse<String> diagramSvg(
            String versionId, LocalDate from, LocalDate to, String lang, String acceptLanguage) {
        diagramLanguages.add(lang);
        Version v = versionRow(versionId);
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">");
        v.steps.forEach(s -> svg.append("<text>").append(s.name()).append("</text>"));
        if (from != null) {
            svg.append("<text>overlay ").append(from).append(' ').append(to).append("</text>");
        }
        return HttpResponse.ok(svg.append("</svg>").toString());
    }

    @Override
    public HttpResponse<byte[]> diagramPng(
            String versionId, LocalDate from, LocalDate to, String lang, String acceptLanguage) {
        return HttpResponse.ok(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Override
    public synchronized Performance performance(String versionId, LocalDate from, LocalDate to) {
        Performance set = performances.get(versionId);
        List<StepPerformance> steps = set == null ? List.of() : set.steps();
        return new Performance(versionId, from, to, steps);
    }

    @Override
    public synchronized List<TouchpointStep> touchpointSteps() {
        List<TouchpointStep> out = new ArrayList<>();
        for (Blueprint b : blueprints.values()) {
            for (Version v : b.versions) {
                if (v.status == VersionStatus.PUBLISHED) {
                    v.steps.stream()
                            .filter(StepView::touchpoint)
                            .forEach(s -> out.add(new TouchpointStep(
                                    s.id(),
                                    b.id,
                                    b.name,
                                    s.name(),
                                    s.lane(),
                                    s.targetMinutes(),
                                    s.nameTranslations(),
                                    b.nameTranslations)));
                }
            }
        }
        return out;
    }
}
