package app.rapport.platform.tenant;

import app.rapport.api.operator.MigrationResult;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and changes the tenant catalog. Lookups for request resolution are cached for a few seconds per replica;
 * a change made here evicts the entry at once.
 */
@Singleton
public class TenantCatalog {
    private static final long CACHE_MILLIS = 5_000;

    private final TenantRepository tenants;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<TenantRow> row, long until) {}

    TenantCatalog(TenantRepository tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    Optional<TenantRow> lookup(String slug) {
        long now = System.currentTimeMillis();
        Cached c = cache.get(slug);
        if (c == null || c.until < now) {
            c = new Cached(tenants.findBySlug(slug), now + CACHE_MILLIS);
            cache.put(slug, c);
        }
        return c.row;
    }

    Optional<TenantRow> find(String slug) {
        return tenants.findBySlug(slug);
    }

    io.micronaut.data.model.Page<TenantRow> search(
            @io.micronaut.core.annotation.Nullable String q,
            @io.micronaut.core.annotation.Nullable TenantStatus status,
            int page,
            int size) {
        String term = app.rapport.platform.Texts.blankToNull(q);
        return tenants.search(
                term == null ? null : app.rapport.platform.Texts.likeLiteral(term),
                status == null ? null : status.name(),
                io.micronaut.data.model.Pageable.from(page, size));
    }

    List<TenantRow> all() {
        return tenants.listOrderBySlug();
    }

    TenantRow insert(TenantRow row) {
        cache.remove(row.slug());
        return tenants.save(row);
    }

    TenantRow update(TenantRow row) {
        cache.remove(row.slug());
        return tenants.update(row);
    }

    /** The tenant moved from {@code from} to {@code to} atomically; empty when it was not in {@code from}. */
    Optional<TenantRow> move(String slug, TenantStatus from, TenantStatus to) {
        cache.remove(slug);
        int moved = tenants.moveStatus(slug, from, to, Instant.now(clock));
        cache.remove(slug);
        return moved == 1 ? tenants.findBySlug(slug) : Optional.empty();
    }

    /** Claims a FAILED (or stuck) tenant for another provisioning attempt; false when someone else has it. */
    boolean claimForRetry(String slug, String displayName, String adminEmail, Duration stuckAfter) {
        cache.remove(slug);
        Instant now = Instant.now(clock);
        return tenants.claimForRetry(slug, displayName, adminEmail, now, now.minus(stuckAfter)) == 1;
    }

    TenantRow setStatus(TenantRow row, TenantStatus status) {
        return update(row.withStatus(status, Instant.now(clock)));
    }

    /** A tenant as work without a token sees it (the public survey form): who it is to its clients. */
    public record Serving(Tenant tenant, String displayName, String defaultLocale) {}

    /**
     * The tenant of this slug if a request may be served for it now (ACTIVE, schema current), with its display name
     * and default locale; empty otherwise — unknown, suspended, deleted or being migrated look the same from outside.
     */
    public Optional<Serving> serving(String slug) {
        return lookup(slug)
                .filter(t -> t.status() == TenantStatus.ACTIVE && TenantSchema.isCurrent(t.schemaVersion()))
                .map(t -> new Serving(t.tenant(), t.displayName(), t.defaultLocale()));
    }

    /** Every ACTIVE tenant whose schema is current: the ones a request may be served for. */
    public List<Tenant> servable() {
        return all().stream()
                .filter(t -> t.status() == TenantStatus.ACTIVE && TenantSchema.isCurrent(t.schemaVersion()))
                .map(TenantRow::tenant)
                .toList();
    }

    private static final Pattern OK = Pattern.compile("OK: applied (\\d+) migration\\(s\\) in (\\d+) ms");

    /** The catalog keeps the result as a line of the migration log; the API gives its values. */
    static MigrationResult migrationResult(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        Matcher ok = OK.matcher(stored);
        if (ok.matches()) {
            return new MigrationResult(true, Integer.parseInt(ok.group(1)), Long.parseLong(ok.group(2)), null);
        }
        String error = stored.startsWith("FAILED: ") ? stored.substring("FAILED: ".length()) : stored;
        return new MigrationResult(false, 0, 0, error);
    }

    static TenantView view(TenantRow t) {
        return new TenantView(
                t.slug(),
                t.displayName(),
                t.schemaName(),
                t.status(),
                t.schemaVersion(),
                TenantSchema.isCurrent(t.schemaVersion()),
                t.lastMigrationAt(),
                migrationResult(t.lastMigrationResult()),
                t.placement(),
                t.adminEmail(),
                t.createdAt(),
                t.updatedAt(),
                t.locale(),
                t.deletedAt(),
                t.deletedBy());
    }
}
