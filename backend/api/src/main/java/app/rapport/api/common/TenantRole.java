package app.rapport.api.common;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of a tenant's members, as the API names them ({@code ACCOUNT_MANAGER}); the identity provider knows
 * them as realm roles ({@code account-manager}). The platform operator is no member of a tenant and has no constant.
 */
public enum TenantRole {
    TENANT_ADMIN,
    ACCOUNT_MANAGER,
    SERVICE_STAFF;

    /** The realm role in Keycloak: {@code tenant-admin}, {@code account-manager}, {@code service-staff}. */
    public String realmRole() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tenant role of a realm role; empty for any other role (the operator's, Keycloak's own). */
    public static Optional<TenantRole> ofRealmRole(String realmRole) {
        for (TenantRole r : values()) {
            if (r.realmRole().equals(realmRole)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
