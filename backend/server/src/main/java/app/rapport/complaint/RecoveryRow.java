package app.rapport.complaint;

import app.rapport.api.complaint.CompensationKind;
import app.rapport.api.complaint.RecoveryItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** One item of a complaint's recovery checklist, done or waived. */
@MappedEntity("complaint_recovery")
@Serdeable
record RecoveryRow(
        @Id String id,
        String complaintId,
        RecoveryItem item,
        boolean waived,
        @Nullable String note,
        @Nullable CompensationKind compensationKind,
        @Nullable BigDecimal compensationValue,
        Instant at,
        @MappedProperty("by_member") String by) {}
