package app.rapport.api.survey;

import io.micronaut.http.client.annotation.Client;

/** Surveys as a declarative client: {@code /api/v1}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1")
public interface SurveyApi extends SurveyOperations {}
