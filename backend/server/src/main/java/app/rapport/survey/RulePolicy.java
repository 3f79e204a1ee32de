package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.care.LoggableSteps;
import app.rapport.platform.web.ProblemException;
import app.rapport.tier.Tiers;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules policy: what a survey rule may say, each refusal naming its field. A rule is never MANUAL; each trigger
 * asks for its own target and refuses the others' (a care kind for CARE_DONE, a loggable blueprint step for
 * TOUCHPOINT_STEP, a tier of the tenant and a period for TIER_SCHEDULE); the instrument exists and is not archived.
 */
@Singleton
class RulePolicy {
    private final Instruments instruments;
    private final LoggableSteps steps;
    private final Tiers tiers;

    RulePolicy(Instruments instruments, LoggableSteps steps, Tiers tiers) {
        this.instruments = instruments;
        this.steps = steps;
        this.tiers = tiers;
    }

    void check(RuleWrite w) {
        List<FieldProblem> problems = new ArrayList<>();
        if (w.trigger() == SurveyTrigger.MANUAL || w.trigger() == SurveyTrigger.RECORDED) {
            problems.add(FieldProblem.of("trigger", FieldCode.INVALID));
        }
        boolean care = w.trigger() == SurveyTrigger.CARE_DONE;
        boolean step = w.trigger() == SurveyTrigger.TOUCHPOINT_STEP;
        boolean tier = w.trigger() == SurveyTrigger.TIER_SCHEDULE;
        need(problems, "careKind", care, w.careKind() != null);
        need(problems, "stepId", step, blank(w.stepId()) != null);
        need(problems, "tierId", tier, blank(w.tierId()) != null);
        need(problems, "everyMonths", tier, w.everyMonths() != null);
        if (step && blank(w.stepId()) != null && !steps.isLoggable(w.stepId().strip())) {
            problems.add(FieldProblem.of("stepId", FieldCode.INVALID));
        }
        if (tier
                && blank(w.tierId()) != null
                && tiers.settings().tiers().stream()
                        .noneMatch(t -> w.tierId().strip().equals(t.id()))) {
            problems.add(FieldProblem.of("tierId", FieldCode.INVALID));
        }
        Optional<Instruments.Head> instrument =
                Optional.ofNullable(instruments.heads().get(w.instrumentId()));
        if (instrument.isEmpty()) {
            problems.add(FieldProblem.of("instrumentId", FieldCode.INVALID));
        } else if (instrument.get().archived()) {
            problems.add(FieldProblem.of("instrumentId", FieldCode.ARCHIVED));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** A field its trigger needs is required; one it does not use must be left out. */
    private static void need(List<FieldProblem> problems, String field, boolean needed, boolean given) {
        if (needed && !given) {
            problems.add(FieldProblem.of(field, FieldCode.NOT_NULL));
        } else if (!needed && given) {
            problems.add(FieldProblem.of(field, FieldCode.NOT_FOR_TRIGGER));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
