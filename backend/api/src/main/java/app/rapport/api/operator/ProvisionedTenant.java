package app.rapport.api.operator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The result of provisioning: the catalog entry and the first admin's login. The temporary password is shown once,
 * only when the admin account was created by this call; Keycloak asks for a new one at first login.
 */
@Serdeable
public record ProvisionedTenant(
        TenantView tenant, String adminUsername, @Nullable String temporaryPassword) {}
