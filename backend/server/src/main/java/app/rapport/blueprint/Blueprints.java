package app.rapport.blueprint;

import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.Translations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Blueprints and their versions. Only a DRAFT changes; publishing needs a clean {@link BlueprintCheck} and retires
 * the version published before; a new version starts as a copy of the newest one, its steps keeping their lineage.
 */
@Singleton
public class Blueprints {
    static final Comparator<StepView> STEP_ORDER =
            Comparator.comparing(StepView::lane).thenComparingInt(StepView::col);

    private final Repositories.Blueprints blueprints;
    private final Repositories.Versions versions;
    private final Repositories.Steps steps;
    private final Repositories.Flows flows;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Blueprints(
            Repositories.Blueprints blueprints,
            Repositories.Versions versions,
            Repositories.Steps steps,
            Repositories.Flows flows,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.blueprints = blueprints;
        this.versions = versions;
        this.steps = steps;
        this.flows = flows;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<BlueprintSummary> all() {
        Map<String, Integer> counts =
                steps.counts().stream().collect(Collectors.toMap(Rows.StepCount::versionId, Rows.StepCount::n));
        Map<String, List<Rows.Version>> byBlueprint = new HashMap<>();
        versions.findAll().forEach(v -> byBlueprint
                .computeIfAbsent(v.blueprintId(), k -> new ArrayList<>())
                .add(v));
        return blueprints.findAll().stream()
                .sorted(Comparator.comparing(b -> b.name().toLowerCase()))
                .map(b -> summary(b, byBlueprint.getOrDefault(b.id(), List.of()), counts))
                .toList();
    }

    @Transactional
    public BlueprintSummary one(String id) {
        Rows.Blueprint b = blueprint(id);
        Map<String, Integer> counts =
                steps.counts().stream().collect(Collectors.toMap(Rows.StepCount::versionId, Rows.StepCount::n));
        return summary(b, versions.findByBlueprintIdOrderByNumberDesc(id), counts);
    }

    @Transactional
    public BlueprintSummary create(BlueprintWrite write) {
        String name = write.name().strip();
        requireFreeName(name, null);
        Instant now = Instant.now(clock);
        Rows.Blueprint b = blueprints.save(new Rows.Blueprint(
                UUID.randomUUID().toString(), name, Texts.blankToNull(write.description()), now, actor.name()));
        Rows.Version v = versions.save(new Rows.Version(
                UUID.randomUUID().toString(),
                b.id(),
                1,
                VersionStatus.DRAFT,
                now,
                actor.name(),
                null,
                null,
                null,
                null));
        audit.record("CREATE", "blueprint", b.id(), null, b);
        audit.record("CREATE", "blueprint_version", v.id(), null, v);
        return one(b.id());
    }

    /** A blueprint with its first draft's steps and flows, as one transaction: all of it or nothing. */
    @Transactional
    public BlueprintSummary importBlueprint(BlueprintImport imported) {
        BlueprintSummary created = create(new BlueprintWrite(imported.name(), imported.description()));
        String versionId = created.versions().getFirst().id();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < imported.steps().size(); i++) {
            ids.add(insertStep(versionId, imported.steps().get(i), "steps[" + i + "]")
                    .id());
        }
        for (int i = 0; i < imported.flows().size(); i++) {
            BlueprintImport.Flow f = imported.flows().get(i);
            if (f.from() >= ids.size() || f.to() >= ids.size()) {
                throw ProblemException.badField("flows[" + i + "]", FieldCode.STEP_BEYOND, "count", ids.size());
            }
            insertFlow(versionId, new FlowWrite(ids.get(f.from()), ids.get(f.to())), "flows[" + i + "]");
        }
        return one(created.id());
    }

    @Transactional
    public BlueprintSummary rename(String id, BlueprintWrite write) {
        Rows.Blueprint before = lockedBlueprint(id);
        String name = write.name().strip();
        requireFreeName(name, id);
        Rows.Blueprint after = blueprints.update(new Rows.Blueprint(
                id, name, Texts.blankToNull(write.description()), before.createdAt(), before.createdBy()));
        audit.record("UPDATE", "blueprint", id, before, after);
        return one(id);
    }

    /** Only a blueprint that was never published can be deleted; a published one is retired instead. */
    @Transactional
    public void delete(String id) {
        Rows.Blueprint before = lockedBlueprint(id);
        if (versions.findByBlueprintIdOrderByNumberDesc(id).stream().anyMatch(v -> v.status() != VersionStatus.DRAFT)) {
            throw new ProblemException(
                    ProblemCode.BLUEPRINT_PUBLISHED,
                    "blueprint \"" + before.name() + "\" has been published and touchpoints may refer to it;"
                            + " retire its published version instead");
        }
        blueprints.delete(before);
        audit.record("DELETE", "blueprint", id, before, null);
    }

    @Transactional
    public VersionView newVersion(String blueprintId) {
        lockedBlueprint(blueprintId);
        List<Rows.Version> all = versions.findByBlueprintIdOrderByNumberDesc(blueprintId);
        if (all.stream().anyMatch(v -> v.status() == VersionStatus.DRAFT)) {
            throw new ProblemException(ProblemCode.DRAFT_EXISTS, "the blueprint already has a draft; edit that one");
        }
        Rows.Version last = all.getFirst();
        Rows.Version draft = versions.save(new Rows.Version(
                UUID.randomUUID().toString(),
                blueprintId,
                last.number() + 1,
                VersionStatus.DRAFT,
                Instant.now(clock),
                actor.name(),
                null,
                null,
                null,
                null));
        Map<String, String> copied = new HashMap<>();
        for (Rows.Step s : steps.findByVersionId(last.id())) {
            Rows.Step copy = steps.save(s.copy(UUID.randomUUID().toString(), draft.id()));
            copied.put(s.id(), copy.id());
        }
        for (Rows.Flow f : flows.findByVersionId(last.id())) {
            flows.save(new Rows.Flow(
                    UUID.randomUUID().toString(), draft.id(), copied.get(f.fromStepId()), copied.get(f.toStepId())));
        }
        audit.record("CREATE", "blueprint_version", draft.id(), null, draft);
        return view(draft);
    }

    @Transactional
    public VersionView version(String versionId) {
        return view(versionRow(versionId));
    }

    @Transactional
    public void deleteDraft(String versionId) {
        Rows.Version draft = draft(versionId);
        if (versions.findByBlueprintIdOrderByNumberDesc(draft.blueprintId()).size() == 1) {
            throw new ProblemException(
                    ProblemCode.ONLY_VERSION,
                    "this draft is the blueprint's only version; delete the blueprint instead");
        }
        versions.delete(draft);
        audit.record("DELETE", "blueprint_version", versionId, draft, null);
    }

    @Transactional
    public VersionView addStep(String versionId, StepWrite write) {
        draft(versionId);
        insertStep(versionId, write, "col");
        return version(versionId);
    }

    @Transactional
    public VersionView changeStep(String versionId, String stepId, StepWrite write) {
        draft(versionId);
        Rows.Step before = step(versionId, stepId);
        requireFreeCell(versionId, write.lane(), write.col(), stepId, "col");
        Rows.Step after = steps.update(row(stepId, versionId, before.lineageId(), write));
        audit.record("UPDATE", "blueprint_step", stepId, before, after);
        return version(versionId);
    }

    /** One column left or right, or one lane up or down; a step already in that cell trades places. */
    @Transactional
    public VersionView moveStep(String versionId, String stepId, MoveDirection direction) {
        draft(versionId);
        Rows.Step before = step(versionId, stepId);
        Lane[] lanes = Lane.values();
        int laneIndex = before.lane().ordinal();
        int col = before.col();
        switch (direction) {
            case LEFT -> col--;
            case RIGHT -> col++;
            case UP -> laneIndex--;
            case DOWN -> laneIndex++;
        }
        if (col < 1 || col > 100 || laneIndex < 0 || laneIndex >= lanes.length) {
            throw ProblemException.badField("direction", FieldCode.AT_EDGE);
        }
        Lane lane = lanes[laneIndex];
        final int newCol = col;
        Optional<Rows.Step> occupant = steps.findByVersionId(versionId).stream()
                .filter(s -> s.lane() == lane && s.col() == newCol)
                .findFirst();
        // the unique (lane, col) index forbids two steps in one cell even for a moment: park the occupant first
        occupant.ifPresent(o -> steps.update(o.at(o.lane(), -1)));
        Rows.Step after = steps.update(before.at(lane, newCol));
        occupant.ifPresent(o -> steps.update(o.at(before.lane(), before.col())));
        audit.record("UPDATE", "blueprint_step", stepId, before, after);
        return version(versionId);
    }

    @Transactional
    public VersionView removeStep(String versionId, String stepId) {
        draft(versionId);
        Rows.Step before = step(versionId, stepId);
        flows.findByVersionId(versionId).stream()
                .filter(f -> f.fromStepId().equals(stepId) || f.toStepId().equals(stepId))
                .forEach(flows::delete);
        steps.delete(before);
        audit.record("DELETE", "blueprint_step", stepId, before, null);
        return version(versionId);
    }

    @Transactional
    public VersionView addFlow(String versionId, FlowWrite write) {
        draft(versionId);
        insertFlow(versionId, write, "toStepId");
        return version(versionId);
    }

    @Transactional
    public VersionView removeFlow(String versionId, String flowId) {
        draft(versionId);
        Rows.Flow before = flows.findById(flowId)
                .filter(f -> f.versionId().equals(versionId))
                .orElseThrow(() -> ProblemException.notFound("flow " + flowId));
        flows.delete(before);
        audit.record("DELETE", "blueprint_flow", flowId, before, null);
        return version(versionId);
    }

    @Transactional
    public VersionView publish(String versionId) {
        Rows.Version draft = draft(versionId);
        List<Finding> findings = view(draft).findings();
        if (!findings.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.BLUEPRINT_INVALID,
                    "the draft cannot be published: "
                            + findings.stream().map(f -> f.code().name()).collect(Collectors.joining("; ")),
                    findings.stream()
                            .map(f -> f.stepId() == null
                                    ? FieldProblem.of(
                                            "steps",
                                            FieldCode.BLUEPRINT_FINDING,
                                            "finding",
                                            f.code().name())
                                    : FieldProblem.of(
                                            "steps/" + f.stepId(),
                                            FieldCode.BLUEPRINT_FINDING,
                                            "finding",
                                            f.code().name(),
                                            "step",
                                            f.stepName()))
                            .toList());
        }
        Instant now = Instant.now(clock);
        for (Rows.Version v : versions.findByBlueprintIdOrderByNumberDesc(draft.blueprintId())) {
            if (v.status() == VersionStatus.PUBLISHED) {
                Rows.Version retired = versions.update(v.retired(now, actor.name()));
                audit.record("UPDATE", "blueprint_version", v.id(), v, retired);
            }
        }
        Rows.Version published = versions.update(draft.published(now, actor.name()));
        audit.record("UPDATE", "blueprint_version", versionId, draft, published);
        return view(published);
    }

    @Transactional
    public VersionView retire(String versionId) {
        Rows.Version before = lockedVersion(versionId);
        if (before.status() != VersionStatus.PUBLISHED) {
            throw new ProblemException(
                    ProblemCode.NOT_PUBLISHED,
                    "version " + before.number() + " is " + before.status() + "; only a published version retires");
        }
        Rows.Version after = versions.update(before.retired(Instant.now(clock), actor.name()));
        audit.record("UPDATE", "blueprint_version", versionId, before, after);
        return view(after);
    }

    Rows.Version versionRow(String versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> ProblemException.notFound("blueprint version " + versionId));
    }

    /**
     * The version, with its blueprint locked until the transaction ends: writes to one blueprint (editing its draft,
     * publishing, retiring, starting a version) happen one after the other, each seeing the one before, so a
     * published version never changes and there is never a second draft.
     */
    private Rows.Version lockedVersion(String versionId) {
        Rows.Version v = versionRow(versionId);
        lockedBlueprint(v.blueprintId());
        return versions.findByIdForUpdate(versionId)
                .orElseThrow(() -> ProblemException.notFound("blueprint version " + versionId));
    }

    private Rows.Blueprint lockedBlueprint(String id) {
        return blueprints.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("blueprint " + id));
    }

    private Rows.Version draft(String versionId) {
        Rows.Version v = lockedVersion(versionId);
        if (v.status() != VersionStatus.DRAFT) {
            throw new ProblemException(
                    ProblemCode.VERSION_NOT_DRAFT,
                    "version " + v.number() + " is " + v.status()
                            + " and cannot change; start a new version to edit the blueprint");
        }
        return v;
    }

    private Rows.Blueprint blueprint(String id) {
        return blueprints.findById(id).orElseThrow(() -> ProblemException.notFound("blueprint " + id));
    }

    private Rows.Step step(String versionId, String stepId) {
        return steps.findById(stepId)
                .filter(s -> s.versionId().equals(versionId))
                .orElseThrow(() -> ProblemException.notFound("step " + stepId));
    }

    private void requireFreeName(String name, String exceptId) {
        blueprints.findByName(name).filter(b -> !b.id().equals(exceptId)).ifPresent(b -> {
            throw new ProblemException(
                    ProblemCode.NAME_TAKEN,
                    "a blueprint named \"" + name + "\" exists already",
                    List.of(FieldProblem.of("name", FieldCode.TAKEN)));
        });
    }

    private void requireFreeCell(String versionId, Lane lane, int col, String exceptId, String field) {
        steps.findByVersionId(versionId).stream()
                .filter(s -> s.lane() == lane && s.col() == col && !s.id().equals(exceptId))
                .findFirst()
                .ifPresent(s -> {
                    throw new ProblemException(
                            ProblemCode.CELL_TAKEN,
                            "step \"" + s.name() + "\" already sits in " + lane + " column " + col,
                            List.of(FieldProblem.of(field, FieldCode.CELL_TAKEN, "step", s.name())));
                });
    }

    private Rows.Step insertStep(String versionId, StepWrite write, String field) {
        requireFreeCell(versionId, write.lane(), write.col(), null, field);
        String id = UUID.randomUUID().toString();
        Rows.Step row = steps.save(row(id, versionId, id, write));
        audit.record("CREATE", "blueprint_step", id, null, row);
        return row;
    }

    private void insertFlow(String versionId, FlowWrite write, String field) {
        String from = write.fromStepId().strip();
        String to = write.toStepId().strip();
        List<Rows.Step> ofVersion = steps.findByVersionId(versionId);
        if (ofVersion.stream().noneMatch(s -> s.id().equals(from))) {
            throw ProblemException.badField("fromStepId", FieldCode.NOT_A_STEP_OF_VERSION);
        }
        if (ofVersion.stream().noneMatch(s -> s.id().equals(to))) {
            throw ProblemException.badField("toStepId", FieldCode.NOT_A_STEP_OF_VERSION);
        }
        if (from.equals(to)) {
            throw ProblemException.badField(field, FieldCode.SAME_STEP);
        }
        if (flows.findByVersionId(versionId).stream()
                .anyMatch(f -> f.fromStepId().equals(from) && f.toStepId().equals(to))) {
            throw new ProblemException(
                    ProblemCode.FLOW_EXISTS,
                    "that flow exists already",
                    List.of(FieldProblem.of(field, FieldCode.TAKEN)));
        }
        Rows.Flow row = flows.save(new Rows.Flow(UUID.randomUUID().toString(), versionId, from, to));
        audit.record("CREATE", "blueprint_flow", row.id(), null, row);
    }

    private static Rows.Step row(String id, String versionId, String lineageId, StepWrite w) {
        Translated n = w.nameTranslations() == null ? Translated.NONE : w.nameTranslations();
        return new Rows.Step(
                id,
                versionId,
                lineageId,
                w.lane(),
                w.col(),
                w.name().strip(),
                Texts.blankToNull(w.description()),
                w.ownerRole() == null ? null : w.ownerRole().name(),
                w.targetMinutes(),
                Texts.blankToNull(w.qualityRule()),
                w.failPoint(),
                w.touchpoint(),
                Translations.optional(n.zhCn(), "nameTranslations.zhCn", 120),
                Translations.optional(n.zhTw(), "nameTranslations.zhTw", 120));
    }

    private VersionView view(Rows.Version v) {
        Rows.Blueprint b = blueprint(v.blueprintId());
        List<StepView> stepViews = steps.findByVersionId(v.id()).stream()
                .map(Blueprints::view)
                .sorted(STEP_ORDER)
                .toList();
        List<FlowView> flowViews = flows.findByVersionId(v.id()).stream()
                .map(f -> new FlowView(f.id(), f.fromStepId(), f.toStepId()))
                .toList();
        return new VersionView(
                v.id(),
                b.id(),
                b.name(),
                b.description(),
                v.number(),
                v.status(),
                v.createdAt(),
                v.createdBy(),
                v.publishedAt(),
                v.publishedBy(),
                v.retiredAt(),
                v.retiredBy(),
                stepViews,
                flowViews,
                v.status() == VersionStatus.DRAFT ? BlueprintCheck.check(stepViews, flowViews) : List.of());
    }

    static StepView view(Rows.Step s) {
        return new StepView(
                s.id(),
                s.lineageId(),
                s.lane(),
                s.col(),
                s.name(),
                s.description(),
                s.ownerRole() == null ? null : TenantRole.valueOf(s.ownerRole()),
                s.targetMinutes(),
                s.qualityRule(),
                s.failPoint(),
                s.touchpoint(),
                new Translated(s.nameZhCn(), s.nameZhTw()));
    }

    private static BlueprintSummary summary(
            Rows.Blueprint b, List<Rows.Version> ofBlueprint, Map<String, Integer> counts) {
        return new BlueprintSummary(
                b.id(),
                b.name(),
                b.description(),
                b.createdAt(),
                b.createdBy(),
                ofBlueprint.stream()
                        .sorted(Comparator.comparingInt(Rows.Version::number).reversed())
                        .map(v -> new VersionSummary(
                                v.id(), v.number(), v.status(), counts.getOrDefault(v.id(), 0), v.publishedAt()))
                        .toList());
    }
}
