package app.rapport.survey;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.ServqualWording;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions policy: what an instrument may ask, each refusal naming its field ({@code questions[i].…}). Keys are
 * unique; CSAT, NPS, EFFORT and SERVQUAL are asked at most once each (their answers are the instrument's figures);
 * every question but SERVQUAL has a text; a "why?" bound lies on a scored question's scale; the SERVQUAL block lists
 * each of the 22 statements once. {@link #completed} fills what may be left out: the shipped statements and the 1988
 * wording.
 */
final class QuestionsPolicy {
    private QuestionsPolicy() {}

    static List<FieldProblem> check(InstrumentWrite write) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<QuestionType> once = EnumSet.noneOf(QuestionType.class);
        for (int i = 0; i < write.questions().size(); i++) {
            Question q = write.questions().get(i);
            String at = "questions[" + i + "].";
            if (q == null || q.key() == null || q.type() == null) {
                continue; // bean validation names these
            }
            if (!keys.add(q.key())) {
                problems.add(new FieldProblem(at + "key", FieldCode.DUPLICATE_KEY, Map.of("value", q.key())));
            }
            if (q.type() != QuestionType.TEXT && !once.add(q.type())) {
                problems.add(new FieldProblem(at + "type", FieldCode.ONE_PER_INSTRUMENT, Map.of("value", q.type())));
            }
            if (q.type() != QuestionType.SERVQUAL
                    && (q.text() == null || q.text().isBlank())) {
                problems.add(new FieldProblem(at + "text", FieldCode.NOT_BLANK, Map.of()));
            }
            if (q.askWhyAtMost() != null) {
                if (!q.type().scored()) {
                    problems.add(new FieldProblem(at + "askWhyAtMost", FieldCode.NOT_FOR_TYPE, Map.of()));
                } else if (q.askWhyAtMost() < q.type().min()
                        || q.askWhyAtMost() >= q.type().max()) {
                    problems.add(new FieldProblem(
                            at + "askWhyAtMost",
                            FieldCode.RANGE,
                            Map.of("min", q.type().min(), "max", q.type().max() - 1)));
                }
            }
            if (q.type() != QuestionType.SERVQUAL) {
                if (q.statements() != null) {
                    problems.add(new FieldProblem(at + "statements", FieldCode.NOT_FOR_TYPE, Map.of()));
                }
                if (q.importancePoints()) {
                    problems.add(new FieldProblem(at + "importancePoints", FieldCode.NOT_FOR_TYPE, Map.of()));
                }
                if (q.wording() != null) {
                    problems.add(new FieldProblem(at + "wording", FieldCode.NOT_FOR_TYPE, Map.of()));
                }
            } else if (q.statements() != null) {
                Integer wrong = firstMissingOrRepeated(q.statements());
                if (wrong != null) {
                    problems.add(new FieldProblem(at + "statements", FieldCode.ALL_STATEMENTS, Map.of("item", wrong)));
                }
            }
        }
        return problems;
    }

    /** The instrument as stored: the SERVQUAL block with the shipped statements and wording where left out. */
    static List<Question> completed(List<Question> questions) {
        return questions.stream()
                .map(q -> q.type() != QuestionType.SERVQUAL
                        ? q
                        : new Question(
                                q.key(),
                                q.type(),
                                q.text(),
                                q.translations(),
                                q.required(),
                                null,
                                q.wording() == null ? ServqualWording.W1988 : q.wording(),
                                q.statements() == null
                                        ? ShippedInstruments.SERVQUAL_1988
                                        : q.statements().stream()
                                                .sorted(java.util.Comparator.comparingInt(ServqualStatement::item))
                                                .toList(),
                                q.importancePoints()))
                .toList();
    }

    private static Integer firstMissingOrRepeated(List<ServqualStatement> statements) {
        Set<Integer> seen = new HashSet<>();
        for (ServqualStatement s : statements) {
            if (s != null && !seen.add(s.item())) {
                return s.item();
            }
        }
        for (int item = 1; item <= 22; item++) {
            if (!seen.contains(item)) {
                return item;
            }
        }
        return null;
    }
}
