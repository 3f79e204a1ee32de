package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Step 4: the department's analysis: one or more of the nine causes, and what it found in its own words. */
@Serdeable
public record CauseAnalysis(
        @NotEmpty @Size(max = 9) List<@NotNull ComplaintCause> causes,
        @Nullable @Size(max = 2000) String notes) {}
