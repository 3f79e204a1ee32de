package app.rapport.platform.tenant;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.platform.security.KeycloakAdmin;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Deletes a tenant for good: it must be suspended first and the operator must type its slug to confirm; its schema
 * is dropped and its users removed from Keycloak; the catalog entry stays as DELETED with who and when, so the slug
 * stays reserved and the history readable. The tenant's data can be exported before.
 */
@Singleton
class DeleteTenant {
    private final TenantCatalog catalog;
    private final TenantSchema schema;
    private final KeycloakAdmin keycloak;
    private final OperatorAudit audit;
    private final Clock clock;

    DeleteTenant(TenantCatalog catalog, TenantSchema schema, KeycloakAdmin keycloak, OperatorAudit audit, Clock clock) {
        this.catalog = catalog;
        this.schema = schema;
        this.keycloak = keycloak;
        this.audit = audit;
        this.clock = clock;
    }

    TenantView delete(String slug, String confirmation, String actor) {
        TenantRow before = catalog.find(slug).orElseThrow(() -> ProblemException.notFound("tenant " + slug));
        if (!slug.equals(confirmation == null ? null : confirmation.strip())) {
            throw ProblemException.badField("confirm", FieldCode.CONFIRM_SLUG);
        }
        if (before.status() != TenantStatus.SUSPENDED && before.status() != TenantStatus.FAILED) {
            throw new ProblemException(
                    ProblemCode.INVALID_STATUS,
                    "tenant " + slug + " is " + before.status() + "; suspend it before deleting it");
        }
        // claim the deletion first: of two parallel deletions only one goes on to drop the schema
        TenantRow claimed = catalog.move(slug, before.status(), TenantStatus.DELETED)
                .orElseThrow(() ->
                        new ProblemException(ProblemCode.INVALID_STATUS, "tenant " + slug + " was changed meanwhile"));
        schema.drop(new SchemaName(before.schemaName()));
        int users = keycloak.removeTenantUsers(slug);
        TenantRow after = catalog.update(claimed.deleted(Instant.now(clock), actor));
        audit.record(actor, "DELETE", slug, before, after);
        org.slf4j.LoggerFactory.getLogger(DeleteTenant.class)
                .info("tenant {} deleted by {}: schema dropped, {} users removed", slug, actor, users);
        return TenantCatalog.view(after);
    }
}
