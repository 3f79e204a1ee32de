package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** The account manager's reason: optional when accepting (the suggestion's explanation is used), required to dismiss. */
@Serdeable
public record SuggestionDecision(@Nullable @Size(max = 500) String reason) {}
