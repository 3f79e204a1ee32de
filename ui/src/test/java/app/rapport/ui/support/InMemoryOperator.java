package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationResult;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.PlatformHealth;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.RestoreResult;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantLocale;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operator API kept in memory for view-logic tests (the real one is tested in the backend and the browser). */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(OperatorApi.class)
public class InMemoryOperator implements OperatorApi {
    private final Map<String, TenantView> tenants = new LinkedHashMap<>();
    private final List<Integer> migrationRequests = new ArrayList<>();

    public synchronized TenantView add(String slug, String name, TenantStatus status) {
        TenantView t = tenant(slug, name, status, slug + ".admin@example.test");
        tenants.put(slug, t);
        return t;
    }

    public synchronized int migrationRequests() {
        return migrationRequests.size();
    }

    @Override
    public synchronized PlatformHealth health() {
        Map<TenantStatus, Integer> byStatus = new java.util.EnumMap<>(TenantStatus.class);
        tenants.values().forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
        return new PlatformHealth(tenants.size(), byStatus, 0, "5", 0, 0);
    }

    /** Every tenant, for tests that look at the whole catalog. */
    public synchronized List<TenantView> all() {
        return List.copyOf(tenants.values());
    }

    public final List<String> resets = new java.util.ArrayList<>();

    @Override
    public synchronized app.rapport.api.common.PageView<TenantView> tenants(
            String q, TenantStatus status, Integer page, Integer size) {
        String needle = q == null ? "" : q.toLowerCase(java.util.Locale.ROOT);
        List<TenantView> found = tenants.values().stream()
                .filter(t -> status == null || t.status() == status)
                .filter(t -> (t.slug() + " " + t.displayName().toLowerCase(java.util.Locale.ROOT)).contains(needle))
                .sorted(java.util.Comparator.comparing(TenantView::slug))
                .toList();
        return FakePages.of(found, page, size);
    }

    @Override
    public synchronized app.rapport.api.operator.TenantDetail detail(String slug) {
        TenantView t = tenants.get(slug);
        if (t == null) {
            return null;
        }
        return new app.rapport.api.operator.TenantDetail(
                t,
                List.of(
                        new app.rapport.api.operator.TenantDetail.AppliedMigration(
                                "1", "clients", java.time.Instant.parse("2026-01-05T08:00:00Z"), 420, true),
                        new app.rapport.api.operator.TenantDetail.AppliedMigration(
                                "2",
                                "tiers and one to one",
                                java.time.Instant.parse("2026-01-05T08:00:01Z"),
                                380,
                                true)),
                new app.rapport.api.operator.TenantDetail.FirstAdmin(t.adminEmail(), t.adminEmail(), true, true, true),
                new app.rapport.api.operator.TenantDetail.TenantUsage(42, 3, 1_572_864));
    }

    @Override
    public synchronized app.rapport.api.operator.AdminCredentials resetAdminPassword(String slug) {
        resets.add(slug);
        return new app.rapport.api.operator.AdminCredentials(tenants.get(slug).adminEmail(), "Temp-Pass-1234");
    }

    @Override
    public synchronized TenantView tenant(String slug) {
        return tenants.get(slug);
    }

    @Override
    public synchronized HttpResponse<ProvisionedTenant> create(CreateTenant command) {
        if (tenants.containsKey(command.slug())) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            HttpResponse<ProvisionedTenant> conflict = (HttpResponse) HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ProblemView(
                            null,
                            "Conflict",
                            409,
                            "tenant " + command.slug() + " exists",
                            null,
                            "tenant-exists",
                            null,
                            List.of(ProblemView.FieldProblem.of("slug", FieldCode.TAKEN))));
            return conflict;
        }
        TenantView t = tenant(command.slug(), command.displayName(), TenantStatus.ACTIVE, command.adminEmail());
        tenants.put(t.slug(), t);
        return HttpResponse.created(new ProvisionedTenant(t, command.adminEmail(), "Tmp-4711-pass"));
    }

    @Override
    public synchronized HttpResponse<byte[]> export(String slug) {
        return HttpResponse.ok(("PK export of " + slug).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public synchronized RestoreResult restore(String slug, byte[] zip) {
        return new RestoreResult(slug, List.of());
    }

    @Override
    public synchronized HttpResponse<ProvisionedTenant> retry(String slug) {
        TenantView t = move(slug, TenantStatus.ACTIVE);
        return HttpResponse.ok(new ProvisionedTenant(t, t.adminEmail(), null));
    }

    @Override
    public synchronized TenantView delete(String slug, TenantDeletion deletion) {
        if (!slug.equals(deletion.confirm())) {
            throw new IllegalStateException("the view sent a deletion that was not confirmed by the slug");
        }
        return move(slug, TenantStatus.DELETED);
    }

    @Override
    public synchronized TenantView suspend(String slug) {
        return move(slug, TenantStatus.SUSPENDED);
    }

    @Override
    public synchronized TenantView resume(String slug) {
        return move(slug, TenantStatus.ACTIVE);
    }

    @Override
    public synchronized HttpResponse<MigrationRunView> migrate(@Nullable Integer workers) {
        migrationRequests.add(workers);
        return HttpResponse.accepted()
                .body(new MigrationRunView(
                        UUID.randomUUID().toString(), "RUNNING", 2, tenants.size(), 0, 0, 0, Instant.now(), null, "1"));
    }

    @Override
    public synchronized MigrationRunView migration(String id) {
        return null;
    }

    private TenantView move(String slug, TenantStatus status) {
        TenantView t = tenants.get(slug);
        TenantView moved = new TenantView(
                t.slug(),
                t.displayName(),
                t.schemaName(),
                status,
                t.schemaVersion(),
                t.schemaCurrent(),
                t.lastMigrationAt(),
                t.lastMigration(),
                t.placement(),
                t.adminEmail(),
                t.createdAt(),
                Instant.now(),
                t.locale(),
                null,
                null);
        tenants.put(slug, moved);
        return moved;
    }

    private static TenantView tenant(String slug, String name, TenantStatus status, String admin) {
        Instant now = Instant.now();
        return new TenantView(
                slug,
                name,
                "t_" + slug.replace('-', '_'),
                status,
                "1",
                true,
                now,
                new MigrationResult(true, 1, 120, null),
                "default",
                admin,
                now,
                now,
                TenantLocale.DEFAULT,
                null,
                null);
    }
}
