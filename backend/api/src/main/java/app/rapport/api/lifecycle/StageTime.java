package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;

/** Whole days a client has spent in a stage, over all its visits to that stage. */
@Serdeable
public record StageTime(Stage stage, long days) {}
