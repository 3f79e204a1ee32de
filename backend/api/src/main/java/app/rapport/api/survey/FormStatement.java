package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;

/** A SERVQUAL statement on the form, in the form's language. */
@Serdeable
public record FormStatement(int item, ServqualDimension dimension, String expectation, String perception) {}
