package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the public form shows for a valid, open token — and nothing more about the tenant than its display name: the
 * form's language, the instrument's title and questions in it.
 */
@Serdeable
public record SurveyForm(String tenantName, String language, String title, List<FormQuestion> questions) {}
