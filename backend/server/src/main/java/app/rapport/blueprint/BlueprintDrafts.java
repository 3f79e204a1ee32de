package app.rapport.blueprint;

import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.common.Translated;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.Translations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Editing a draft: its steps (each in a free cell of the diagram) and the flows between them. */
@Singleton
public class BlueprintDrafts {
    private final StepRepository steps;
    private final FlowRepository flows;
    private final BlueprintVersions read;
    private final AuditLog audit;

    BlueprintDrafts(StepRepository steps, FlowRepository flows, BlueprintVersions read, AuditLog audit) {
        this.steps = steps;
        this.flows = flows;
        this.read = read;
        this.audit = audit;
    }

    @Transactional
    public VersionView addStep(String versionId, StepWrite write) {
        read.draft(versionId);
        insertStep(versionId, write, "col");
        return read.version(versionId);
    }

    @Transactional
    public VersionView changeStep(String versionId, String stepId, StepWrite write) {
        read.draft(versionId);
        StepRow before = read.step(versionId, stepId);
        requireFreeCell(versionId, write.lane(), write.col(), stepId, "col");
        StepRow after = steps.update(row(stepId, versionId, before.lineageId(), write));
        audit.record("UPDATE", "blueprint_step", stepId, before, after);
        return read.version(versionId);
    }

    /** One column left or right, or one lane up or down; a step already in that cell trades places. */
    @Transactional
    public VersionView moveStep(String versionId, String stepId, MoveDirection direction) {
        read.draft(versionId);
        StepRow before = read.step(versionId, stepId);
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
        Optional<StepRow> occupant = steps.findByVersionId(versionId).stream()
                .filter(s -> s.lane() == lane && s.col() == newCol)
                .findFirst();
        // the unique (lane, col) index forbids two steps in one cell even for a moment: park the occupant first
        occupant.ifPresent(o -> steps.update(o.id(), o.lane(), -1));
        steps.update(stepId, lane, newCol);
        occupant.ifPresent(o -> steps.update(o.id(), before.lane(), before.col()));
        StepRow after = read.step(versionId, stepId);
        audit.record("UPDATE", "blueprint_step", stepId, before, after);
        return read.version(versionId);
    }

    @Transactional
    public VersionView removeStep(String versionId, String stepId) {
        read.draft(versionId);
        StepRow before = read.step(versionId, stepId);
        flows.findByVersionId(versionId).stream()
                .filter(f -> f.fromStepId().equals(stepId) || f.toStepId().equals(stepId))
                .forEach(flows::delete);
        steps.delete(before);
        audit.record("DELETE", "blueprint_step", stepId, before, null);
        return read.version(versionId);
    }

    @Transactional
    public VersionView addFlow(String versionId, FlowWrite write) {
        read.draft(versionId);
        insertFlow(versionId, write, "toStepId");
        return read.version(versionId);
    }

    @Transactional
    public VersionView removeFlow(String versionId, String flowId) {
        read.draft(versionId);
        FlowRow before = flows.findById(flowId)
                .filter(f -> f.versionId().equals(versionId))
                .orElseThrow(() -> ProblemException.notFound("flow " + flowId));
        flows.delete(before);
        audit.record("DELETE", "blueprint_flow", flowId, before, null);
        return read.version(versionId);
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

    StepRow insertStep(String versionId, StepWrite write, String field) {
        requireFreeCell(versionId, write.lane(), write.col(), null, field);
        String id = UUID.randomUUID().toString();
        StepRow row = steps.save(row(id, versionId, id, write));
        audit.record("CREATE", "blueprint_step", id, null, row);
        return row;
    }

    void insertFlow(String versionId, FlowWrite write, String field) {
        String from = write.fromStepId().strip();
        String to = write.toStepId().strip();
        List<StepRow> ofVersion = steps.findByVersionId(versionId);
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
        FlowRow row = flows.save(new FlowRow(UUID.randomUUID().toString(), versionId, from, to));
        audit.record("CREATE", "blueprint_flow", row.id(), null, row);
    }

    private static StepRow row(String id, String versionId, String lineageId, StepWrite w) {
        Translated n = w.nameTranslations() == null ? Translated.NONE : w.nameTranslations();
        return new StepRow(
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
}
