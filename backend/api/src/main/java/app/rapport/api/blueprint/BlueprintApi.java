package app.rapport.api.blueprint;

import io.micronaut.http.client.annotation.Client;

/** Service blueprints: versions, the draft editor, publishing, the diagram and per-step performance. */
@Client(id = "rapport-api", path = "/api/v1")
public interface BlueprintApi extends BlueprintOperations {}
