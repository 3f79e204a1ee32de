package app.rapport.api.operator;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A new temporary password for a tenant's first admin — a fresh invitation: shown once, replaced by the admin at the
 * next sign-in (Keycloak asks for a new one); the old password no longer works.
 */
@Serdeable
public record AdminCredentials(String username, String temporaryPassword) {}
