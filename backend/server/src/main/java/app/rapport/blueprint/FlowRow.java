package app.rapport.blueprint;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@MappedEntity("blueprint_flow")
@Serdeable
record FlowRow(@Id String id, String versionId, String fromStepId, String toStepId) {}
