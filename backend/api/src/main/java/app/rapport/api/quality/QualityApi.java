package app.rapport.api.quality;

import io.micronaut.http.client.annotation.Client;

/** Control charts as a declarative client: {@code /api/v1}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface QualityApi extends QualityOperations {}
