package app.rapport.api.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller sends to register or change a client. Contacts are accepted on registration only; afterwards they
 * are managed under {@code /clients/{id}/contacts}.
 */
@Serdeable
public record ClientWrite(
        @NotNull ClientKind kind,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 100) String industry,
        @Nullable @Email @Size(max = 254) String email,

        @Nullable @Size(max = 40) @Pattern(regexp = "^[+0-9 ()\\-]*$", message = "PHONE")
        String phone,

        @Nullable @Size(max = 100) String city,
        @Nullable @Size(max = 254) String website,
        @Nullable @Size(max = 4000) String notes,
        @Nullable @Valid @Size(max = 50) List<ContactWrite> contacts) {}
