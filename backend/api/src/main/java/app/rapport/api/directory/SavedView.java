package app.rapport.api.directory;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A client-list view the member saved under a name; only they see it. */
@Serdeable
public record SavedView(String id, String name, ClientFilter filter, Instant createdAt) {}
