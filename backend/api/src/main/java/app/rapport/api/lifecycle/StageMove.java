package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;

/** How many stage changes went from one stage to another in the movement period. */
@Serdeable
public record StageMove(Stage from, Stage to, int count) {}
