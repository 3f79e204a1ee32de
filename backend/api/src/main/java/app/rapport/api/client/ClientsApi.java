package app.rapport.api.client;

import io.micronaut.http.client.annotation.Client;

/** The clients API as a declarative client: {@code /api/v1/clients}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1/clients")
public interface ClientsApi extends ClientOperations {}
