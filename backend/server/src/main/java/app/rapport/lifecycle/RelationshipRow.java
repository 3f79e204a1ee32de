package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@MappedEntity("relationship")
@Serdeable
record RelationshipRow(@Id String clientId, Stage stage, Instant stageSince) {}
