package app.rapport.platform.security;

/** The realm roles of Rapport's Keycloak realm. */
public final class Roles {
    public static final String OPERATOR = "platform-operator";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String SERVICE_STAFF = "service-staff";

    private Roles() {}
}
