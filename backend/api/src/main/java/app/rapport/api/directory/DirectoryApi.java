package app.rapport.api.directory;

import io.micronaut.http.client.annotation.Client;

/** The client list as a declarative client: {@code /api/v1/directory}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1/directory")
public interface DirectoryApi extends DirectoryOperations {}
