package app.rapport.api.inbox;

import io.micronaut.http.client.annotation.Client;

/** The reader's inbox as a declarative client: {@code /api/v1}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface InboxApi extends InboxOperations {}
