package app.rapport.platform.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("operator_audit")
record OperatorAuditRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String actor,
        String action,
        String tenantSlug,
        @Nullable String beforeJson,
        @Nullable String afterJson) {}
