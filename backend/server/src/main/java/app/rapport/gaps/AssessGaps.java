package app.rapport.gaps;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member answers the internal questionnaire for themself: each save is a new version over the one they read
 * (If-Match; 0 for the first), so a save from a stale window is refused with 412 rather than lost or doubled.
 */
@Singleton
class AssessGaps {
    private final Assessments assessments;
    private final Actor actor;
    private final AuditLog audit;
    private final Clock clock;

    AssessGaps(Assessments assessments, Actor actor, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Connectable
    GapAssessment mine() {
        return view(assessments.latest(actor.name()));
    }

    @Transactional
    GapAssessment assess(long expected, GapAssessmentWrite write) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<ServqualDimension, Integer> seen = new EnumMap<>(ServqualDimension.class);
        for (int i = 0; i < write.dimensions().size(); i++) {
            DimensionAssessment d = write.dimensions().get(i);
            if (seen.put(d.dimension(), i) != null) {
                problems.add(FieldProblem.of(
                        "dimensions[" + i + "].dimension",
                        FieldCode.EVERY_DIMENSION_ONCE,
                        "dimension",
                        d.dimension().name()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String member = actor.name();
        Optional<Assessments.Row> before = assessments.latest(member);
        long current = before.map(Assessments.Row::version).orElse(0L);
        if (current != expected) {
            throw stale(current);
        }
        List<DimensionAssessment> sorted = new ArrayList<>(write.dimensions());
        sorted.sort(java.util.Comparator.comparing(DimensionAssessment::dimension));
        Assessments.Row row = new Assessments.Row(
                Assessments.newId(), member, actor.tenantRole(), current + 1, Instant.now(clock), List.copyOf(sorted));
        if (!assessments.insert(row)) {
            throw stale(current + 1);
        }
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "gap_assessment", member, before.orElse(null), row);
        return view(Optional.of(row));
    }

    private static ProblemException stale(long current) {
        return new ProblemException(
                ProblemCode.STALE_VERSION,
                "your answers are at version " + current + "; read them again",
                Map.of("version", current));
    }

    private static GapAssessment view(Optional<Assessments.Row> row) {
        return row.map(r -> new GapAssessment(r.version(), r.answeredAt(), r.dimensions()))
                .orElse(new GapAssessment(0, null, List.of()));
    }
}
