package app.rapport.api.lifecycle;

import io.micronaut.http.client.annotation.Client;

/** Stages, suggestions, strategies, owners, the portfolio and the timeline. */
@Client(id = "rapport-api", path = "/api/v1")
public interface LifecycleApi extends LifecycleOperations {}
