package app.rapport.client;

import app.rapport.api.client.ClientKind;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A client's identity in brief: enough to match a name or an email from another source to a client. */
@Introspected
public record ClientRef(String id, String name, @Nullable String email, ClientKind kind) {}
