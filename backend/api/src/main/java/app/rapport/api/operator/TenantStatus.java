package app.rapport.api.operator;

/**
 * Where a tenant stands in the catalog. Only ACTIVE tenants whose schema is current are served. A DELETED tenant's
 * schema and users are gone; its entry stays, with who deleted it and when, and its slug stays taken.
 */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    FAILED,
    DELETED
}
