package app.rapport.lifecycle;

import io.micronaut.core.annotation.Introspected;
import java.time.LocalDate;

/** A client's first purchase ever. */
@Introspected
record FirstPurchaseRow(String clientId, LocalDate firstOn) {}
