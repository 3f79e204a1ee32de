package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;

/** The importance points a client gave one SERVQUAL dimension (the five add up to 100). */
@Serdeable
public record DimensionPoints(ServqualDimension dimension, int points) {}
