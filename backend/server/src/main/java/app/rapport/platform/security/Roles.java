package app.rapport.platform.security;

import java.util.List;
import java.util.Locale;

/** The realm roles of Rapport's Keycloak realm. */
public final class Roles {
    public static final String OPERATOR = "platform-operator";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String SERVICE_STAFF = "service-staff";

    /** The tenant roles, strongest first. */
    public static final List<String> TENANT_ROLES = List.of(TENANT_ADMIN, ACCOUNT_MANAGER, SERVICE_STAFF);

    private Roles() {}

    /** A realm role as tiers and playbooks name it: tenant-admin → TENANT_ADMIN. */
    public static String tenantRoleName(String realmRole) {
        return realmRole.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
