package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Everything an operator looks at for one tenant: its catalog entry, the migrations its schema went through (oldest
 * first, from the schema's own history), its first admin's account as Keycloak has it, and what it uses.
 */
@Serdeable
public record TenantDetail(
        TenantView tenant,
        List<AppliedMigration> migrations,
        @Nullable FirstAdmin admin,
        @Nullable TenantUsage usage) {

    /** One migration of the tenant's schema: its version, what it does, when, how long, whether it succeeded. */
    @Serdeable
    public record AppliedMigration(
            String version, String description, Instant installedOn, int millis, boolean success) {}

    /**
     * The tenant's first admin: the e-mail the tenant was provisioned with; whether Keycloak has the account, whether it
     * is enabled, and whether its invitation is still pending (a temporary password not yet replaced).
     */
    @Serdeable
    public record FirstAdmin(
            String email, @Nullable String username, boolean exists, boolean enabled, boolean invitationPending) {}

    /** What the tenant uses: clients registered, people who can sign in, bytes its schema takes on the server. */
    @Serdeable
    public record TenantUsage(long clients, int users, long storageBytes) {}
}
