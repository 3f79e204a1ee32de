package app.rapport.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One version of a policy: {@code scope} is 'tenant' or the tier's id; {@code targets} as JSON; never changed. */
@MappedEntity("sla_policy")
@Serdeable
record SlaPolicyRow(
        @Id String id,
        String scope,
        @Nullable String tierId,
        long version,
        boolean current,
        String targets,
        Instant createdAt,
        String createdBy) {}
