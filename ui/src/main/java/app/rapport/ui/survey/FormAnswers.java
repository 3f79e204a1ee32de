package app.rapport.ui.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.DimensionPoints;
import app.rapport.api.survey.FormQuestion;
import app.rapport.api.survey.FormStatement;
import app.rapport.api.survey.ItemAnswer;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.SurveyAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the posted form into the API's answers. The names: {@code q.<key>} a score or a text, {@code why.<key>} the
 * reasons ticked, {@code e.<key>.<item>} and {@code p.<key>.<item>} a SERVQUAL statement's expectation and
 * perception, {@code pts.<key>.<DIMENSION>} its importance points, {@code optOut} no more surveys. What the client
 * left empty is sent as nothing (the API says which required answer is missing); reasons count only on a score low
 * enough to ask why (the form hides them otherwise, but a page without script shows them).
 */
final class FormAnswers {
    private FormAnswers() {}

    static SurveyAnswers read(List<FormQuestion> questions, Map<String, String[]> posted) {
        List<Answer> answers = new ArrayList<>();
        for (FormQuestion q : questions) {
            Answer a =
                    switch (q.type()) {
                        case TEXT -> {
                            String text = one(posted, "q." + q.key());
                            yield text == null ? null : new Answer(q.key(), null, text, null, null, null);
                        }
                        case SERVQUAL -> servqual(q, posted);
                        default -> scored(q, posted);
                    };
            if (a != null) {
                answers.add(a);
            }
        }
        return new SurveyAnswers(answers, one(posted, "optOut") != null);
    }

    private static Answer scored(FormQuestion q, Map<String, String[]> posted) {
        Integer score = number(one(posted, "q." + q.key()));
        List<ComplaintCause> reasons = new ArrayList<>();
        if (score != null && q.askWhyAtMost() != null && score <= q.askWhyAtMost()) {
            for (String r : all(posted, "why." + q.key())) {
                Arrays.stream(ComplaintCause.values())
                        .filter(c -> c.name().equals(r))
                        .findFirst()
                        .ifPresent(reasons::add);
            }
        }
        if (score == null && reasons.isEmpty()) {
            return null;
        }
        return new Answer(q.key(), score, null, reasons.isEmpty() ? null : reasons, null, null);
    }

    private static Answer servqual(FormQuestion q, Map<String, String[]> posted) {
        List<ItemAnswer> items = new ArrayList<>();
        for (FormStatement s : q.statements()) {
            Integer e = number(one(posted, "e." + q.key() + "." + s.item()));
            Integer p = number(one(posted, "p." + q.key() + "." + s.item()));
            if (e != null || p != null) {
                items.add(new ItemAnswer(s.item(), e, p));
            }
        }
        List<DimensionPoints> points = new ArrayList<>();
        if (q.importancePoints()) {
            for (ServqualDimension d : ServqualDimension.values()) {
                Integer n = number(one(posted, "pts." + q.key() + "." + d.name()));
                points.add(new DimensionPoints(d, n == null ? 0 : n));
            }
            if (points.stream().allMatch(p -> p.points() == 0)) {
                points.clear();
            }
        }
        if (items.isEmpty() && points.isEmpty()) {
            return null;
        }
        return new Answer(q.key(), null, null, null, items, points.isEmpty() ? null : points);
    }

    static String one(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        return values[0].strip();
    }

    static List<String> all(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null ? List.of() : List.of(values);
    }

    /** A whole number as typed; anything else is no answer (the form only offers numbers). */
    private static Integer number(String text) {
        if (text == null || !text.matches("-?\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
