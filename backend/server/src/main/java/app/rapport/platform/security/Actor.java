package app.rapport.platform.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;

/** The name of the person behind the current request, for audit records and created-by/updated-by columns. */
@Singleton
public class Actor {
    private final SecurityService security;

    Actor(SecurityService security) {
        this.security = security;
    }

    public String name() {
        return security.getAuthentication().map(Authentication::getName).orElse("system");
    }

    /** Whether the person behind the request holds a realm role (see {@link Roles}). */
    public boolean has(String role) {
        return security.getAuthentication()
                .map(a -> a.getRoles().contains(role))
                .orElse(false);
    }

    /**
     * The person's role in the tenant as tiers and playbooks name it (TENANT_ADMIN, ACCOUNT_MANAGER,
     * SERVICE_STAFF); the strongest when they hold several, SERVICE_STAFF when none.
     */
    public String tenantRole() {
        for (String role : Roles.TENANT_ROLES) {
            if (has(role)) {
                return Roles.tenantRoleName(role);
            }
        }
        return Roles.tenantRoleName(Roles.SERVICE_STAFF);
    }
}
