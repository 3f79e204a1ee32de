package app.rapport.api.complaint;

import io.micronaut.http.client.annotation.Client;

/** Complaints as a declarative client: {@code /api/v1}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1")
public interface ComplaintApi extends ComplaintOperations {}
