package app.rapport.inbox;

import app.rapport.api.inbox.NoticeKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One notice to one member; {@code args} as JSON. */
@MappedEntity("notice")
@Serdeable
record NoticeRow(
        @Id String id,
        String recipient,
        NoticeKind kind,
        @Nullable String complaintId,
        String args,
        Instant at,
        @Nullable Instant readAt) {}
