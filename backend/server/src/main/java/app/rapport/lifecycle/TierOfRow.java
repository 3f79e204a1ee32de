package app.rapport.lifecycle;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A classified client's tier. */
@Introspected
record TierOfRow(String clientId, @Nullable String tierId) {}
