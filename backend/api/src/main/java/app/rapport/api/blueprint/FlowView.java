package app.rapport.api.blueprint;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record FlowView(String id, String fromStepId, String toStepId) {}
