package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.quality.scoring.Nps;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers policy: what a client's answers must be for the version they were asked. Each refusal names the
 * question by its key ({@code satisfaction.score}, {@code servqual.items[4].perception}); an answer to no question is
 * {@code answers[i].key}. Scores lie on their question's scale; a required question is answered (SERVQUAL: all 22
 * statements, expectation and perception); reasons only on a score at or below the question's "why?" bound; importance
 * points, when given, are the five dimensions' and add up to 100. {@link #figures} reads the headline figures.
 */
final class AnswersPolicy {
    /** What an answer adds up to: the CSAT, NPS and effort scores, whether it was low, the reasons given. */
    @io.micronaut.serde.annotation.Serdeable
    record Figures(
            @Nullable Integer csat,
            @Nullable Boolean csatPositive,
            @Nullable Integer nps,
            @Nullable Integer effort,
            boolean low,
            List<ComplaintCause> reasons) {}

    private AnswersPolicy() {}

    static List<FieldProblem> check(List<Question> questions, List<Answer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Question> byKey = new HashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        Map<String, Answer> given = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (a == null || a.key() == null || !byKey.containsKey(a.key())) {
                problems.add(new FieldProblem(
                        "answers[" + i + "].key",
                        FieldCode.NO_SUCH_QUESTION,
                        Map.of("key", a == null || a.key() == null ? "" : a.key())));
            } else if (given.putIfAbsent(a.key(), a) != null) {
                problems.add(new FieldProblem("answers[" + i + "].key", FieldCode.DUPLICATE_KEY, Map.of()));
            }
        }
        for (Question q : questions) {
            Answer a = given.get(q.key());
            if (q.type() == QuestionType.SERVQUAL) {
                servqual(q, a, problems);
            } else if (q.type() == QuestionType.TEXT) {
                if (a != null
                        && (a.score() != null || a.reasons() != null || a.items() != null || a.points() != null)) {
                    problems.add(FieldProblem.of(q.key() + ".score", FieldCode.NOT_FOR_TYPE));
                }
                if (q.required() && (a == null || a.text() == null || a.text().isBlank())) {
                    problems.add(FieldProblem.of(q.key() + ".text", FieldCode.NOT_BLANK));
                }
            } else {
                scored(q, a, problems);
            }
        }
        return problems;
    }

    private static void scored(Question q, @Nullable Answer a, List<FieldProblem> problems) {
        if (a == null || a.score() == null) {
            if (q.required()) {
                problems.add(FieldProblem.of(q.key() + ".score", FieldCode.NOT_NULL));
            }
            if (a != null && a.reasons() != null && !a.reasons().isEmpty()) {
                problems.add(FieldProblem.of(q.key() + ".reasons", FieldCode.NO_REASON_ASKED));
            }
            return;
        }
        if (a.score() < q.type().min() || a.score() > q.type().max()) {
            problems.add(new FieldProblem(
                    q.key() + ".score",
                    FieldCode.RANGE,
                    Map.of("min", q.type().min(), "max", q.type().max())));
        }
        if (a.text() != null || a.items() != null || a.points() != null) {
            problems.add(FieldProblem.of(q.key() + ".text", FieldCode.NOT_FOR_TYPE));
        }
        boolean asked = q.askWhyAtMost() != null && a.score() <= q.askWhyAtMost();
        if (a.reasons() != null && !a.reasons().isEmpty() && !asked) {
            problems.add(new FieldProblem(
                    q.key() + ".reasons",
                    FieldCode.NO_REASON_ASKED,
                    q.askWhyAtMost() == null ? Map.of() : Map.of("max", q.askWhyAtMost())));
        }
    }

    private static void servqual(Question q, @Nullable Answer a, List<FieldProblem> problems) {
        List<ItemAnswer> items = a == null || a.items() == null ? List.of() : a.items();
        Set<Integer> complete = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemAnswer item = items.get(i);
            String at = q.key() + ".items[" + i + "].";
            if (item == null || item.item() < 1 || item.item() > 22) {
                problems.add(new FieldProblem(at + "item", FieldCode.RANGE, Map.of("min", 1, "max", 22)));
                continue;
            }
            scale(at + "expectation", item.expectation(), problems);
            scale(at + "perception", item.perception(), problems);
            if (item.expectation() != null && item.perception() != null && !complete.add(item.item())) {
                problems.add(FieldProblem.of(at + "item", FieldCode.DUPLICATE_KEY));
            }
        }
        if (q.required()) {
            for (int item = 1; item <= 22; item++) {
                if (!complete.contains(item)) {
                    problems.add(new FieldProblem(q.key() + ".items", FieldCode.ALL_STATEMENTS, Map.of("item", item)));
                    break;
                }
            }
        }
        if (a != null && a.points() != null && !a.points().isEmpty()) {
            Set<ServqualDimension> dims = EnumSet.noneOf(ServqualDimension.class);
            int sum = 0;
            boolean negative = false;
            for (DimensionPoints p : a.points()) {
                if (p == null || p.dimension() == null || !dims.add(p.dimension())) {
                    negative = true;
                    continue;
                }
                negative |= p.points() < 0;
                sum += p.points();
            }
            if (!q.importancePoints()) {
                problems.add(FieldProblem.of(q.key() + ".points", FieldCode.NOT_FOR_TYPE));
            } else if (negative || sum != 100) {
                problems.add(new FieldProblem(q.key() + ".points", FieldCode.POINTS_TOTAL, Map.of("sum", sum)));
            }
        }
    }

    private static void scale(String field, @Nullable Integer value, List<FieldProblem> problems) {
        if (value != null && (value < 1 || value > 7)) {
            problems.add(new FieldProblem(field, FieldCode.RANGE, Map.of("min", 1, "max", 7)));
        }
    }

    /** The headline figures of answers that passed {@link #check}. */
    static Figures figures(List<Question> questions, List<Answer> answers, int positiveFrom) {
        Integer csat = score(questions, answers, QuestionType.CSAT);
        Integer nps = score(questions, answers, QuestionType.NPS);
        Boolean positive = csat == null ? null : csat >= positiveFrom;
        Set<ComplaintCause> reasons = new LinkedHashSet<>();
        answers.stream().filter(a -> a.reasons() != null).forEach(a -> reasons.addAll(a.reasons()));
        boolean low = (nps != null && Nps.detractor(nps)) || Boolean.FALSE.equals(positive);
        return new Figures(
                csat, positive, nps, score(questions, answers, QuestionType.EFFORT), low, List.copyOf(reasons));
    }

    private static Integer score(List<Question> questions, List<Answer> answers, QuestionType type) {
        return questions.stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .flatMap(q ->
                        answers.stream().filter(a -> q.key().equals(a.key())).findFirst())
                .map(Answer::score)
                .orElse(null);
    }
}
