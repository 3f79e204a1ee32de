package app.rapport.blueprint;

import app.rapport.api.blueprint.StepLabel;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.common.Translated;
import app.rapport.care.LoggableSteps;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of published blueprints, for the features that name them: the touchpoint steps staff log against, a
 * step's place and name for touchpoints, the step or lineage a benchmark target measures.
 */
@Singleton
public class PublishedSteps implements LoggableSteps {
    private final BlueprintRepository blueprints;
    private final VersionRepository versions;
    private final StepRepository steps;

    PublishedSteps(BlueprintRepository blueprints, VersionRepository versions, StepRepository steps) {
        this.blueprints = blueprints;
        this.versions = versions;
        this.steps = steps;
    }

    @Transactional
    public List<TouchpointStep> touchpointSteps() {
        return steps.loggable().stream()
                .sorted(Comparator.comparing(
                                (LoggableStepRow s) -> s.blueprintName().toLowerCase())
                        .thenComparingInt(LoggableStepRow::col)
                        .thenComparing(LoggableStepRow::lane))
                .map(s -> new TouchpointStep(
                        s.stepId(),
                        s.blueprintId(),
                        s.blueprintName(),
                        s.stepName(),
                        s.lane(),
                        s.targetMinutes(),
                        new Translated(s.stepNameZhCn(), s.stepNameZhTw()),
                        new Translated(s.blueprintNameZhCn(), s.blueprintNameZhTw())))
                .toList();
    }

    @Override
    @Transactional
    public boolean isLoggable(String stepId) {
        return steps.loggable().stream().anyMatch(s -> s.stepId().equals(stepId));
    }

    @Override
    @Transactional
    public Map<String, StepLabel> labels(Collection<String> stepIds) {
        if (stepIds.isEmpty()) {
            return Map.of();
        }
        Map<String, StepLabel> labels = new HashMap<>();
        for (StepLabelRow s : steps.labels(stepIds)) {
            labels.put(
                    s.stepId(),
                    new StepLabel(
                            s.blueprintName(),
                            new Translated(s.blueprintNameZhCn(), s.blueprintNameZhTw()),
                            s.stepName(),
                            new Translated(s.stepNameZhCn(), s.stepNameZhTw())));
        }
        return labels;
    }

    /** The step of a published (or retired) version, for benchmark targets measuring its lineage. */
    @Transactional
    public Optional<StepView> step(String stepId) {
        return steps.findById(stepId).map(BlueprintVersions::view);
    }

    /** The step, if it belongs to the published version of its blueprint (what targets and touchpoints may name). */
    @Transactional
    public Optional<StepView> publishedStep(String stepId) {
        return steps.findById(stepId)
                .filter(s -> version(s.versionId()).status() == VersionStatus.PUBLISHED)
                .map(BlueprintVersions::view);
    }

    @Transactional
    public Optional<StepView> newestOfLineage(String lineageId) {
        return steps.findByLineageId(lineageId).stream()
                .max(Comparator.comparingInt(s -> version(s.versionId()).number()))
                .map(BlueprintVersions::view);
    }

    private VersionRow version(String versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> ProblemException.notFound("blueprint version " + versionId));
    }
}
