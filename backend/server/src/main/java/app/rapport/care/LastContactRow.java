package app.rapport.care;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** The last contact with a client: latest touchpoint or closed care action. */
@Introspected
record LastContactRow(String clientId, Instant at) {}
