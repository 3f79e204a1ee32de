package app.rapport.api.survey;

import app.rapport.api.care.CareKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A survey rule as an admin writes it: which event invites the client to which instrument, and how many hours later
 * (0–720). COMPLAINT_CLOSED needs nothing more; CARE_DONE names the {@code careKind}; TOUCHPOINT_STEP the blueprint
 * step ({@code stepId}, one that touchpoints are logged at); TIER_SCHEDULE the {@code tierId} and {@code everyMonths}
 * (1–36). An inactive rule invites nobody.
 */
@Serdeable
public record RuleWrite(
        @NotNull SurveyTrigger trigger,
        @NotBlank String instrumentId,
        @Nullable CareKind careKind,
        @Nullable String stepId,
        @Nullable String tierId,
        @Nullable @Min(1) @Max(36) Integer everyMonths,
        @Min(0) @Max(720) int delayHours,
        boolean active) {}
