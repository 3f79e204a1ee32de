package app.rapport.platform.tenant;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.TenantLocale;
import app.rapport.api.operator.TenantStatus;
import app.rapport.platform.security.KeycloakAdmin;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions a tenant: catalog entry PROVISIONING, its schema created and migrated, its first admin created in
 * Keycloak, then ACTIVE. A failure leaves the entry FAILED with the error; posting the same tenant again retries
 * from the start, and every step is idempotent (the schema migration and the admin account alike).
 */
@Singleton
public class ProvisionTenant {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionTenant.class);
    /** A PROVISIONING tenant without progress this long was left by a replica that died: it may be retried. */
    private static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    private final TenantCatalog catalog;
    private final TenantSchema schema;
    private final KeycloakAdmin keycloak;
    private final OperatorAudit audit;
    private final Clock clock;

    ProvisionTenant(
            TenantCatalog catalog, TenantSchema schema, KeycloakAdmin keycloak, OperatorAudit audit, Clock clock) {
        this.catalog = catalog;
        this.schema = schema;
        this.keycloak = keycloak;
        this.audit = audit;
        this.clock = clock;
    }

    /** Provisions a FAILED tenant again with what it was first asked for (its name, admin and locale). */
    public ProvisionedTenant retry(String slug, String actor) {
        TenantRow row = catalog.find(slug).orElseThrow(() -> ProblemException.notFound("tenant " + slug));
        if (row.status() != TenantStatus.FAILED) {
            throw new ProblemException(
                    ProblemCode.INVALID_STATUS,
                    "tenant " + slug + " is " + row.status() + "; only a FAILED provisioning is retried");
        }
        return provision(new CreateTenant(slug, row.displayName(), row.adminEmail(), row.locale()), actor);
    }

    public ProvisionedTenant provision(CreateTenant command, String actor) {
        SchemaName schemaName = SchemaName.forSlug(command.slug());
        TenantLocale locale = TenantLocales.checked(command.locale(), "locale.");
        Instant now = Instant.now(clock);
        TenantRow before = catalog.find(command.slug()).orElse(null);
        TenantRow row;
        if (before == null) {
            row = catalog.insert(new TenantRow(
                    UUID.randomUUID().toString(),
                    command.slug(),
                    command.displayName(),
                    schemaName.value(),
                    TenantStatus.PROVISIONING,
                    null,
                    null,
                    null,
                    "primary",
                    command.adminEmail(),
                    now,
                    now,
                    locale.timeZone(),
                    locale.currency(),
                    locale.defaultLocale(),
                    null,
                    null));
        } else if (before.status() == TenantStatus.ACTIVE || before.status() == TenantStatus.SUSPENDED) {
            throw new ProblemException(ProblemCode.TENANT_EXISTS, "slug: tenant " + command.slug() + " already exists");
        } else if (before.status() == TenantStatus.DELETED) {
            throw new ProblemException(
                    ProblemCode.SLUG_RESERVED,
                    "slug: tenant " + command.slug() + " was deleted; its slug stays reserved",
                    List.of(FieldProblem.of("slug", FieldCode.RESERVED)));
        } else if (catalog.claimForRetry(command.slug(), command.displayName(), command.adminEmail(), STUCK_AFTER)) {
            row = catalog.update(catalog.find(command.slug()).orElseThrow().withLocale(locale, now));
        } else {
            throw new ProblemException(
                    ProblemCode.PROVISIONING_IN_PROGRESS,
                    "tenant " + command.slug() + " is being provisioned by another request; read it again shortly");
        }
        try {
            TenantSchema.Result migrated = schema.migrate(schemaName);
            row = catalog.update(row.withMigration(
                    migrated.version(),
                    "OK: applied " + migrated.applied() + " migration(s) in " + migrated.millis() + " ms",
                    Instant.now(clock)));
            KeycloakAdmin.AdminAccount admin = keycloak.ensureTenantAdmin(command.slug(), command.adminEmail());
            row = catalog.setStatus(row, TenantStatus.ACTIVE);
            audit.record(actor, before == null ? "PROVISION" : "PROVISION_RETRY", command.slug(), before, row);
            return new ProvisionedTenant(TenantCatalog.view(row), admin.username(), admin.temporaryPassword());
        } catch (RuntimeException e) {
            LOG.warn("provisioning tenant {} failed", command.slug(), e);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            TenantRow failed = catalog.update(
                    row.withMigration(row.schemaVersion(), "FAILED: " + abbreviate(message), Instant.now(clock))
                            .withStatus(TenantStatus.FAILED, Instant.now(clock)));
            audit.record(actor, "PROVISION_FAILED", command.slug(), before, failed);
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw new ProblemException(
                    ProblemCode.PROVISIONING_FAILED,
                    "provisioning " + command.slug() + " failed: " + abbreviate(message) + " (post again to retry)");
        }
    }

    static String abbreviate(String s) {
        return s.length() > 900 ? s.substring(0, 900) + "…" : s;
    }
}
