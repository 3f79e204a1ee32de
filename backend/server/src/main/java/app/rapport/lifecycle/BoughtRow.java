package app.rapport.lifecycle;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a client bought on one day (within the signal window). */
@Introspected
record BoughtRow(String clientId, LocalDate purchasedOn, BigDecimal amount) {}
