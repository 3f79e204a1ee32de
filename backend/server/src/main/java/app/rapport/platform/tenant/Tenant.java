package app.rapport.platform.tenant;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The tenant a piece of work runs for: its slug (the token's {@code tenant} claim), its validated schema, and its
 * time zone, in which the injected {@link Clock} reckons every "today" of that work.
 */
public record Tenant(String slug, String schema, ZoneId zone) {
    public Tenant {
        new SchemaName(schema);
    }
}
