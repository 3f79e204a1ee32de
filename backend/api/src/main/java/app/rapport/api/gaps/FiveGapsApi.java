package app.rapport.api.gaps;

import io.micronaut.http.client.annotation.Client;

/** The five-gap model as a declarative client: {@code /api/v1}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface FiveGapsApi extends FiveGapsOperations {}
