package app.rapport.blueprint;

import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * A blueprint's versions as the API shows them, and the locks every write to a blueprint takes: only a DRAFT
 * changes, and writes to one blueprint happen one after the other.
 */
@Singleton
public class BlueprintVersions {
    static final Comparator<StepView> STEP_ORDER =
            Comparator.comparing(StepView::lane).thenComparingInt(StepView::col);

    private final BlueprintRepository blueprints;
    private final VersionRepository versions;
    private final StepRepository steps;
    private final FlowRepository flows;

    BlueprintVersions(
            BlueprintRepository blueprints, VersionRepository versions, StepRepository steps, FlowRepository flows) {
        this.blueprints = blueprints;
        this.versions = versions;
        this.steps = steps;
        this.flows = flows;
    }

    @Transactional
    public VersionView version(String versionId) {
        return view(versionRow(versionId));
    }

    VersionRow versionRow(String versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> ProblemException.notFound("blueprint version " + versionId));
    }

    /**
     * The version, with its blueprint locked until the transaction ends: writes to one blueprint (editing its draft,
     * publishing, retiring, starting a version) happen one after the other, each seeing the one before, so a
     * published version never changes and there is never a second draft.
     */
    VersionRow lockedVersion(String versionId) {
        VersionRow v = versionRow(versionId);
        lockedBlueprint(v.blueprintId());
        return versions.findByIdForUpdate(versionId)
                .orElseThrow(() -> ProblemException.notFound("blueprint version " + versionId));
    }

    BlueprintRow lockedBlueprint(String id) {
        return blueprints.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("blueprint " + id));
    }

    VersionRow draft(String versionId) {
        VersionRow v = lockedVersion(versionId);
        if (v.status() != VersionStatus.DRAFT) {
            throw new ProblemException(
                    ProblemCode.VERSION_NOT_DRAFT,
                    "version " + v.number() + " is " + v.status()
                            + " and cannot change; start a new version to edit the blueprint");
        }
        return v;
    }

    BlueprintRow blueprint(String id) {
        return blueprints.findById(id).orElseThrow(() -> ProblemException.notFound("blueprint " + id));
    }

    StepRow step(String versionId, String stepId) {
        return steps.findById(stepId)
                .filter(s -> s.versionId().equals(versionId))
                .orElseThrow(() -> ProblemException.notFound("step " + stepId));
    }

    VersionView view(VersionRow v) {
        BlueprintRow b = blueprint(v.blueprintId());
        List<StepView> stepViews = steps.findByVersionId(v.id()).stream()
                .map(BlueprintVersions::view)
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
                v.status() == VersionStatus.DRAFT ? BlueprintCheck.check(stepViews, flowViews) : List.of(),
                new Translated(b.nameZhCn(), b.nameZhTw()));
    }

    static StepView view(StepRow s) {
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
}
