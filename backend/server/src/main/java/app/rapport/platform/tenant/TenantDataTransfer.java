package app.rapport.platform.tenant;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.operator.TenantStatus;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A tenant leaves with its data and can come back: the operator exports its whole schema as a zip, and restores such a
 * zip into a freshly provisioned tenant (one without clients yet) of the same schema version. Both are audited.
 */
@Singleton
class TenantDataTransfer {
    private final TenantCatalog catalog;
    private final TenantArchive archive;
    private final OperatorAudit audit;
    private final Clock clock;

    TenantDataTransfer(TenantCatalog catalog, TenantArchive archive, OperatorAudit audit, Clock clock) {
        this.catalog = catalog;
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    TenantArchive.Export export(String slug, String actor) {
        TenantRow row = readable(slug);
        TenantArchive.Export export =
                archive.export(slug, new SchemaName(row.schemaName()), row.schemaVersion(), Instant.now(clock));
        audit.record(actor, "EXPORT", slug, row, row);
        return export;
    }

    List<TenantArchive.TableSum> restore(String slug, byte[] zip, String actor) {
        TenantRow row = readable(slug);
        if (row.status() != TenantStatus.ACTIVE && row.status() != TenantStatus.SUSPENDED) {
            throw conflict(ProblemCode.INVALID_STATUS, "tenant " + slug + " is " + row.status());
        }
        SchemaName schema = new SchemaName(row.schemaName());
        boolean empty = archive.sums(schema).stream()
                .filter(t -> t.table().equals("client"))
                .allMatch(t -> t.rows() == 0);
        if (!empty) {
            throw conflict(
                    ProblemCode.TENANT_NOT_EMPTY,
                    "tenant " + slug + " has clients; restore into a freshly provisioned tenant, never over data");
        }
        List<TenantArchive.TableSum> restored = archive.restore(schema, row.schemaVersion(), zip);
        audit.record(actor, "RESTORE", slug, row, row);
        return restored;
    }

    private TenantRow readable(String slug) {
        TenantRow row = catalog.find(slug).orElseThrow(() -> ProblemException.notFound("tenant " + slug));
        if (row.status() == TenantStatus.DELETED || row.status() == TenantStatus.PROVISIONING) {
            throw conflict(
                    ProblemCode.INVALID_STATUS, "tenant " + slug + " is " + row.status() + " and has no data to move");
        }
        if (!TenantSchema.isCurrent(row.schemaVersion())) {
            throw conflict(
                    ProblemCode.SCHEMA_BEHIND, "tenant " + slug + " lags the code's schema version; migrate it first");
        }
        return row;
    }

    private static ProblemException conflict(ProblemCode code, String detail) {
        return new ProblemException(code, detail);
    }
}
