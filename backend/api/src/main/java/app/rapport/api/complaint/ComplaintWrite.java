package app.rapport.api.complaint;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A complaint as it is recorded (step 1): the client, how it reached us, what happened in the client's words and
 * severity are required; what the client asks for, the contact, the product or service, the blueprint step where it
 * went wrong and the touchpoint it came from are optional.
 */
@Serdeable
public record ComplaintWrite(
        @NotBlank @Size(max = 36) String clientId,
        @NotNull Channel channel,
        @NotBlank @Size(max = 2000) String whatHappened,
        @NotNull Severity severity,
        @Nullable @Size(max = 1000) String clientAsks,
        @Nullable @Size(max = 36) String contactId,
        @Nullable @Size(max = 36) String productId,
        @Nullable @Size(max = 36) String blueprintStepId,
        @Nullable @Size(max = 36) String touchpointId) {}
