package app.rapport.api.sla;

import io.micronaut.http.client.annotation.Client;

/** Service-level policies as a declarative client: {@code /api/v1}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1")
public interface SlaApi extends SlaOperations {}
