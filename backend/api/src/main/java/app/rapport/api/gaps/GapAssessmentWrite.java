package app.rapport.api.gaps;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A member's answers to the internal questionnaire: each of the five dimensions once. */
@Serdeable
public record GapAssessmentWrite(
        @NotNull @Size(min = 5, max = 5) List<@NotNull @Valid DimensionAssessment> dimensions) {}
