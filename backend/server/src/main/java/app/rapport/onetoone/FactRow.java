package app.rapport.onetoone;

import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("profile_fact")
@Serdeable
record FactRow(
        @Id String id,
        String clientId,
        FactCategory category,
        String label,
        FactType valueType,
        @MappedProperty("fact_value") String value,
        String recordedBy,
        Instant recordedAt) {}
