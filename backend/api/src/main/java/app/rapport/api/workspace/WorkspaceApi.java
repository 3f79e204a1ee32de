package app.rapport.api.workspace;

import io.micronaut.http.client.annotation.Client;

/** The workspace API as a declarative client: {@code /api/v1/workspace}, always the caller's own tenant. */
@Client(id = "rapport-api", path = "/api/v1/workspace")
public interface WorkspaceApi extends WorkspaceOperations {}
