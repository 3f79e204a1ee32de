package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** Deleting a tenant for good: the operator types its slug in {@code confirm}. */
@Serdeable
public record TenantDeletion(@Nullable @Size(max = 40) String confirm) {}
