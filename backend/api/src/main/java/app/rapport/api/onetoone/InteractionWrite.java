package app.rapport.api.onetoone;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One interaction; when defaults to now and who to the person recording it. */
@Serdeable
public record InteractionWrite(
        @NotNull Direction direction,
        @NotNull Channel channel,
        @Nullable @PastOrPresent Instant at,
        @Nullable @Size(max = 100) String who,
        @NotBlank @Size(max = 1000) String summary,
        @Nullable @Size(max = 1000) String response) {}
