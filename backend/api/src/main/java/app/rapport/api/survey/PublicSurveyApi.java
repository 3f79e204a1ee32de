package app.rapport.api.survey;

import io.micronaut.http.client.annotation.Client;

/** The public form as a declarative client: {@code /api/v1}, called without a bearer token. */
@Client(id = "rapport-api", path = "/api/v1")
public interface PublicSurveyApi extends PublicSurveyOperations {}
