package app.rapport.lifecycle;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** A client's trailing-12-month revenue. */
@Introspected
record RevenueRow(String clientId, BigDecimal revenue) {}
