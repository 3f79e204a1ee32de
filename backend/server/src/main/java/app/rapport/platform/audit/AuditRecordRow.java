package app.rapport.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("audit_record")
public record AuditRecordRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        @Nullable String beforeJson,
        @Nullable String afterJson) {}
