package app.rapport.api.care;

import io.micronaut.http.client.annotation.Client;

/** Care actions, "my day", the team view, touchpoints and the tenant's members. */
@Client(id = "rapport-api", path = "/api/v1")
public interface CareApi extends CareOperations {}
