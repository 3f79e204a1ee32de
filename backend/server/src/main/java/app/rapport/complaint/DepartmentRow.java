package app.rapport.complaint;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A department; {@code members} holds the usernames one per line; {@code version} moves on with each change. */
@MappedEntity("department")
@Serdeable
record DepartmentRow(
        @Id String id,
        String name,
        @MappedProperty("lead_member") String lead,
        String members,
        long version,
        Instant createdAt,
        String createdBy) {}
