package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A SERVQUAL statement answered: its number, expectation and perception (1–7 as given, before any reverse scoring). */
@Serdeable
public record ItemAnswer(
        int item, @Nullable Integer expectation, @Nullable Integer perception) {}
