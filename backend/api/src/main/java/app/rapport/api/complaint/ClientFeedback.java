package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 7: what the client said about the recovery: satisfied or not, in their words. */
@Serdeable
public record ClientFeedback(
        @NotNull Boolean satisfied,
        @Nullable @Size(max = 1000) String note) {}
