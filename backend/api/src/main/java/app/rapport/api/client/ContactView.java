package app.rapport.api.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ContactView(
        String id,
        String name,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable String phone,
        boolean primary) {}
