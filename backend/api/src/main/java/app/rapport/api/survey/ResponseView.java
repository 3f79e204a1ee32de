package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An answered invitation in full: the invitation, when it was answered, the questions of the version it was asked
 * in, and every answer as given. How the client answered and who recorded it are on the invitation's result.
 */
@Serdeable
public record ResponseView(
        InvitationView invitation, Instant submittedAt, List<Question> questions, List<Answer> answers) {}
