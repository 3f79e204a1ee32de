package app.rapport.platform.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/** Records every operator action on a tenant: who, when, what, the catalog entry before and after. */
@Singleton
class OperatorAudit {
    private final OperatorAuditRepository records;
    private final ObjectMapper json;
    private final Clock clock;

    OperatorAudit(OperatorAuditRepository records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    void record(String actor, String action, String slug, @Nullable TenantRow before, @Nullable TenantRow after) {
        records.save(new OperatorAuditRow(null, Instant.now(clock), actor, action, slug, write(before), write(after)));
    }

    private String write(@Nullable TenantRow row) {
        if (row == null) {
            return null;
        }
        try {
            return json.writeValueAsString(TenantCatalog.view(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
