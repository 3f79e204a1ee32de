package app.rapport.api.operator;

/** Where a tenant stands in the catalog. Only ACTIVE tenants whose schema is current are served. */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    FAILED
}
