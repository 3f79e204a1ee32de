package app.rapport.api.directory;

import app.rapport.api.client.ClientKind;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the client list: who the client is and how the relationship stands — tier, stage, owner, the
 * trailing-12-month revenue ({@code null} for service staff, who do not see other clients' figures) and the last
 * contact (a touchpoint or a care action done, whichever is later).
 */
@Serdeable
public record DirectoryEntry(
        String id,
        ClientKind kind,
        String name,
        @Nullable String city,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String tierId,
        Stage stage,
        @Nullable String owner,
        @Nullable BigDecimal revenue12m,
        @Nullable Instant lastContactAt,
        @Nullable Instant erasedAt) {}
