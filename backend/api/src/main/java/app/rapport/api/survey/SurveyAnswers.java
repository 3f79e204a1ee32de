package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a client sends from the form: the answers, and whether they want no more surveys. */
@Serdeable
public record SurveyAnswers(@NotNull @Size(max = 30) @Valid List<Answer> answers, boolean optOut) {}
