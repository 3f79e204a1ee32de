package app.rapport.benchmark;

import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.care.Member;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.blueprint.PublishedSteps;
import app.rapport.care.Members;
import app.rapport.platform.Texts;
import app.rapport.platform.security.Actor;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ProblemException;
import app.rapport.platform.web.Translations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The rules a target's write keeps: a manual metric names its unit and direction, a computed one keeps its own; only
 * a step-duration metric names a published step, only a SERVQUAL gap a dimension; the baseline is already measured and the due date follows it; the
 * target is better than the baseline; a competitor's figure has its name; targets are owned by admins and account
 * managers, and an account manager sets only their own.
 */
@Singleton
class TargetWritePolicy {
    private static final Set<TenantRole> OWNER_ROLES = Set.of(TenantRole.TENANT_ADMIN, TenantRole.ACCOUNT_MANAGER);

    private final PublishedSteps blueprints;
    private final Members members;
    private final Actor actor;
    private final Clock clock;

    TargetWritePolicy(PublishedSteps blueprints, Members members, Actor actor, Clock clock) {
        this.blueprints = blueprints;
        this.members = members;
        this.actor = actor;
        this.clock = clock;
    }

    /** The row a write makes, if it keeps every rule; the first rule it breaks refuses it, naming the field. */
    TargetRow accepted(String id, TargetWrite w, Instant createdAt, String createdBy) {
        MetricSource source = w.source();
        String unit;
        Direction direction;
        String lineage = null;
        if (source == MetricSource.MANUAL) {
            if (Texts.blankToNull(w.unit()) == null) {
                throw ProblemException.badField("unit", FieldCode.UNIT_NEEDED);
            }
            if (w.direction() == null) {
                throw ProblemException.badField("direction", FieldCode.DIRECTION_NEEDED);
            }
            unit = w.unit().strip();
            direction = w.direction();
        } else {
            unit = Metrics.unit(source);
            direction = Metrics.direction(source);
            if (w.direction() != null && w.direction() != direction) {
                throw ProblemException.badField(
                        "direction", FieldCode.DIRECTION_FIXED, "source", source.name(), "direction", direction.name());
            }
        }
        String stepId = Texts.blankToNull(w.stepId());
        if (source == MetricSource.STEP_DURATION) {
            if (stepId == null) {
                throw ProblemException.badField("stepId", FieldCode.STEP_NEEDED);
            }
            lineage = blueprints
                    .publishedStep(stepId.strip())
                    .map(StepView::lineageId)
                    .orElseThrow(() -> ProblemException.badField("stepId", FieldCode.NOT_A_PUBLISHED_STEP));
        } else if (stepId != null) {
            throw ProblemException.badField("stepId", FieldCode.STEP_ONLY_FOR_DURATION);
        }
        if (source == MetricSource.SERVQUAL_GAP && w.servqualDimension() == null) {
            throw ProblemException.badField("servqualDimension", FieldCode.SERVQUAL_DIMENSION_NEEDED);
        }
        if (source != MetricSource.SERVQUAL_GAP && w.servqualDimension() != null) {
            throw ProblemException.badField("servqualDimension", FieldCode.SERVQUAL_DIMENSION_ONLY_FOR_GAP);
        }
        if (w.baselineOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.badField("baselineOn", FieldCode.IN_FUTURE);
        }
        if (!w.dueOn().isAfter(w.baselineOn())) {
            throw ProblemException.badField("dueOn", FieldCode.MUST_FOLLOW, "other", "baselineOn");
        }
        if (w.targetValue().compareTo(w.baselineValue()) == 0
                || TargetProgress.atLeastAsGood(direction, w.baselineValue(), w.targetValue())) {
            throw ProblemException.badField(
                    "targetValue", FieldCode.NOT_BETTER_THAN_BASELINE, "direction", direction.name());
        }
        if (w.competitorValue() != null && Texts.blankToNull(w.competitorName()) == null) {
            throw ProblemException.badField("competitorName", FieldCode.NOT_BLANK);
        }
        Member owner = members.require(w.owner().strip(), "owner");
        if (!OWNER_ROLES.contains(owner.role())) {
            throw ProblemException.badField("owner", FieldCode.OWNER_ROLE);
        }
        if (!actor.has(Roles.TENANT_ADMIN) && !owner.username().equals(actor.name())) {
            throw notYours();
        }
        Translated m = w.metricTranslations() == null ? Translated.NONE : w.metricTranslations();
        return new TargetRow(
                id,
                w.metric().strip(),
                source,
                lineage,
                w.dimension(),
                unit,
                direction,
                w.baselineValue(),
                w.baselineOn(),
                Texts.blankToNull(w.competitorName()),
                w.competitorValue(),
                Texts.blankToNull(w.competitorSource()),
                w.targetValue(),
                w.dueOn(),
                owner.username(),
                createdAt,
                createdBy,
                Translations.optional(m.zhCn(), "metricTranslations.zhCn", 200),
                Translations.optional(m.zhTw(), "metricTranslations.zhTw", 200),
                w.servqualDimension());
    }

    static ProblemException notYours() {
        return new ProblemException(
                ProblemCode.NOT_YOUR_TARGET,
                "account managers set and change the targets they own; tenant admins any target");
    }
}
