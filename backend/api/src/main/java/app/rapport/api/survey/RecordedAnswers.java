package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers a client gave by phone, on paper or in person, recorded by an account manager with the day they were
 * given (the tenant's calendar; not after today). Either they answer an open invitation of the client's
 * ({@code invitationId}: its instrument and subject are the invitation's, and it is answered as if through its link)
 * or they stand alone (an instrument's current version; the language the client answered in and what the survey
 * asked about are optional). The answers are checked as the form's are.
 */
@Serdeable
public record RecordedAnswers(
        @Nullable String instrumentId,
        @Nullable String invitationId,
        @NotNull LocalDate answeredOn,
        @NotNull SurveyChannel channel,
        @Nullable @Pattern(regexp = "en|zh-CN|zh-TW") String language,
        @Nullable String productId,
        @Nullable String blueprintId,
        @NotNull @Size(max = 30) @Valid List<Answer> answers,
        boolean optOut) {}
