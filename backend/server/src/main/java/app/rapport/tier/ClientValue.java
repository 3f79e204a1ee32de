package app.rapport.tier;

import app.rapport.api.tier.ValueMeasure;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One client's trailing-12-month figures: revenue, margin, number of purchases and the last purchase day. */
@Introspected
record ClientValue(
        String clientId,
        BigDecimal revenue,
        BigDecimal margin,
        int purchases,
        @Nullable LocalDate lastPurchaseOn) {

    BigDecimal value(ValueMeasure measure) {
        return measure == ValueMeasure.MARGIN ? margin : revenue;
    }

    static ClientValue none(String clientId) {
        return new ClientValue(clientId, BigDecimal.ZERO, BigDecimal.ZERO, 0, null);
    }
}
