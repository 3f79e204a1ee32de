package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One step taken on a complaint; {@code args} as JSON. */
@MappedEntity("complaint_event")
@Serdeable
record ComplaintEventRow(
        @Id String id,
        String complaintId,
        String clientId,
        ComplaintEventKind kind,
        @Nullable ComplaintStatus fromStatus,
        ComplaintStatus toStatus,
        @Nullable String note,
        String args,
        Instant at,
        String actor) {}
