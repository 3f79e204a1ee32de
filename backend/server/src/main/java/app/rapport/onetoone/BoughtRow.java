package app.rapport.onetoone;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a client bought of a product on one day (several purchases on the same day add up). */
@Introspected
record BoughtRow(String clientId, String productId, LocalDate purchasedOn, BigDecimal quantity) {}
