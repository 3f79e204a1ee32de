package app.rapport.api.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to talk to at a client. */
@Serdeable
public record ContactWrite(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 100) String jobTitle,
        @Nullable @Email @Size(max = 254) String email,

        @Nullable @Size(max = 40) @Pattern(regexp = "^[+0-9 ()\\-]*$", message = "PHONE")
        String phone,

        boolean primary) {}
