package app.rapport.survey;

import app.rapport.api.survey.Answer;
import app.rapport.api.survey.Question;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** An instrument version's questions and a response's answers as stored (JSON text). */
@Singleton
class QuestionsJson {
    private final ObjectMapper json;

    QuestionsJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Question> questions(String text) {
        return read(text, Question.class);
    }

    List<Answer> answers(String text) {
        return read(text, Answer.class);
    }

    private <T> List<T> read(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.listOf(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
