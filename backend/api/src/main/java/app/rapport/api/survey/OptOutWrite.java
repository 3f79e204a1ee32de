package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;

/** Whether the client is to be left out of surveys from now on. */
@Serdeable
public record OptOutWrite(boolean optedOut) {}
