package app.rapport.api.care;

import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A moment of truth. Three fields are required — client, channel, what happened; {@code at} defaults to now. A
 * {@code followUp} becomes a care action for the client.
 */
@Serdeable
public record TouchpointWrite(
        @NotBlank @Size(max = 36) String clientId,
        @NotNull Channel channel,
        @NotBlank @Size(max = 2000) String what,
        @Nullable @PastOrPresent Instant at,
        @Nullable @Min(0) @Max(1440) Integer durationMinutes,
        @Nullable @Min(1) @Max(5) Integer rating,
        @Nullable Sentiment sentiment,
        @Nullable ServiceLevel serviceLevel,
        @Nullable @Size(max = 200) String contactPerson,
        @Nullable @Size(max = 36) String blueprintStepId,
        @Nullable @Valid FollowUp followUp) {}
