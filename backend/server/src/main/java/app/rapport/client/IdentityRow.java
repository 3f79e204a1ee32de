package app.rapport.client;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What tells two records of the same client apart from two clients: name, e-mail and phone. */
@Introspected
record IdentityRow(
        String id,
        String name,
        @Nullable String email,
        @Nullable String phone) {}
