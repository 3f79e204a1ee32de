package app.rapport.care;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("client_owner")
@Serdeable
record OwnerRow(@Id String clientId, String owner, String ownerRole, Instant assignedAt, String assignedBy) {}
