package app.rapport.blueprint;

import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.common.Translated;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.Translations;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The catalog of blueprints: creating, importing, renaming and deleting them, and starting a new version as a copy
 * of the newest one (its steps keep their lineage) or dropping a draft.
 */
@Singleton
public class Blueprints {
    private final BlueprintRepository blueprints;
    private final VersionRepository versions;
    private final StepRepository steps;
    private final FlowRepository flows;
    private final BlueprintVersions read;
    private final BlueprintDrafts drafts;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Blueprints(
            BlueprintRepository blueprints,
            VersionRepository versions,
            StepRepository steps,
            FlowRepository flows,
            BlueprintVersions read,
            BlueprintDrafts drafts,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.blueprints = blueprints;
        this.versions = versions;
        this.steps = steps;
        this.flows = flows;
        this.read = read;
        this.drafts = drafts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<BlueprintSummary> all() {
        Map<String, Integer> counts =
                steps.counts().stream().collect(Collectors.toMap(StepCountRow::versionId, StepCountRow::n));
        Map<String, List<VersionRow>> byBlueprint = new HashMap<>();
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
        BlueprintRow b = read.blueprint(id);
        Map<String, Integer> counts =
                steps.counts().stream().collect(Collectors.toMap(StepCountRow::versionId, StepCountRow::n));
        return summary(b, versions.findByBlueprintIdOrderByNumberDesc(id), counts);
    }

    @Transactional
    public BlueprintSummary create(BlueprintWrite write) {
        String name = write.name().strip();
        requireFreeName(name, null);
        Instant now = Instant.now(clock);
        Translated n = translations(write.nameTranslations());
        BlueprintRow b = blueprints.save(new BlueprintRow(
                UUID.randomUUID().toString(),
                name,
                Texts.blankToNull(write.description()),
                now,
                actor.name(),
                n.zhCn(),
                n.zhTw()));
        VersionRow v = versions.save(new VersionRow(
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
        BlueprintSummary created =
                create(new BlueprintWrite(imported.name(), imported.description(), imported.nameTranslations()));
        String versionId = created.versions().getFirst().id();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < imported.steps().size(); i++) {
            ids.add(drafts.insertStep(versionId, imported.steps().get(i), "steps[" + i + "]")
                    .id());
        }
        for (int i = 0; i < imported.flows().size(); i++) {
            BlueprintImport.Flow f = imported.flows().get(i);
            if (f.from() >= ids.size() || f.to() >= ids.size()) {
                throw ProblemException.badField("flows[" + i + "]", FieldCode.STEP_BEYOND, "count", ids.size());
            }
            drafts.insertFlow(versionId, new FlowWrite(ids.get(f.from()), ids.get(f.to())), "flows[" + i + "]");
        }
        return one(created.id());
    }

    @Transactional
    public BlueprintSummary rename(String id, BlueprintWrite write) {
        BlueprintRow before = read.lockedBlueprint(id);
        String name = write.name().strip();
        requireFreeName(name, id);
        Translated n = translations(write.nameTranslations());
        BlueprintRow after = blueprints.update(new BlueprintRow(
                id,
                name,
                Texts.blankToNull(write.description()),
                before.createdAt(),
                before.createdBy(),
                n.zhCn(),
                n.zhTw()));
        audit.record("UPDATE", "blueprint", id, before, after);
        return one(id);
    }

    /** Only a blueprint that was never published can be deleted; a published one is retired instead. */
    @Transactional
    public void delete(String id) {
        BlueprintRow before = read.lockedBlueprint(id);
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
        read.lockedBlueprint(blueprintId);
        List<VersionRow> all = versions.findByBlueprintIdOrderByNumberDesc(blueprintId);
        if (all.stream().anyMatch(v -> v.status() == VersionStatus.DRAFT)) {
            throw new ProblemException(ProblemCode.DRAFT_EXISTS, "the blueprint already has a draft; edit that one");
        }
        VersionRow last = all.getFirst();
        VersionRow draft = versions.save(new VersionRow(
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
        for (StepRow s : steps.findByVersionId(last.id())) {
            StepRow copy = steps.save(s.copy(UUID.randomUUID().toString(), draft.id()));
            copied.put(s.id(), copy.id());
        }
        for (FlowRow f : flows.findByVersionId(last.id())) {
            flows.save(new FlowRow(
                    UUID.randomUUID().toString(), draft.id(), copied.get(f.fromStepId()), copied.get(f.toStepId())));
        }
        audit.record("CREATE", "blueprint_version", draft.id(), null, draft);
        return read.view(draft);
    }

    @Transactional
    public void deleteDraft(String versionId) {
        VersionRow draft = read.draft(versionId);
        if (versions.findByBlueprintIdOrderByNumberDesc(draft.blueprintId()).size() == 1) {
            throw new ProblemException(
                    ProblemCode.ONLY_VERSION,
                    "this draft is the blueprint's only version; delete the blueprint instead");
        }
        versions.delete(draft);
        audit.record("DELETE", "blueprint_version", versionId, draft, null);
    }

    private void requireFreeName(String name, String exceptId) {
        blueprints.findByName(name).filter(b -> !b.id().equals(exceptId)).ifPresent(b -> {
            throw new ProblemException(
                    ProblemCode.NAME_TAKEN,
                    "a blueprint named \"" + name + "\" exists already",
                    List.of(FieldProblem.of("name", FieldCode.TAKEN)));
        });
    }

    private static BlueprintSummary summary(BlueprintRow b, List<VersionRow> ofBlueprint, Map<String, Integer> counts) {
        return new BlueprintSummary(
                b.id(),
                b.name(),
                b.description(),
                b.createdAt(),
                b.createdBy(),
                ofBlueprint.stream()
                        .sorted(Comparator.comparingInt(VersionRow::number).reversed())
                        .map(v -> new VersionSummary(
                                v.id(), v.number(), v.status(), counts.getOrDefault(v.id(), 0), v.publishedAt()))
                        .toList(),
                new Translated(b.nameZhCn(), b.nameZhTw()));
    }

    /** The name's optional translations, checked like the name itself. */
    private static Translated translations(@Nullable Translated given) {
        Translated n = given == null ? Translated.NONE : given;
        return new Translated(
                Translations.optional(n.zhCn(), "nameTranslations.zhCn", 200),
                Translations.optional(n.zhTw(), "nameTranslations.zhTw", 200));
    }
}
