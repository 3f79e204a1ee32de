package app.rapport.platform.tenant;

/** The tenant a piece of work runs for: its slug (the token's {@code tenant} claim) and its validated schema. */
public record Tenant(String slug, String schema) {
    public Tenant {
        new SchemaName(schema);
    }
}
