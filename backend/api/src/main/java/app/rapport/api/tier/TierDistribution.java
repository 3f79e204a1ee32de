package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** Clients, revenue and margin per tier over the trailing 12 months; the last row holds unclassified clients. */
@Serdeable
public record TierDistribution(List<Row> rows, int clients, BigDecimal revenue, BigDecimal margin) {

    @Serdeable
    public record Row(
            @Nullable TierDefinition tier,
            int clients,
            BigDecimal revenue,
            BigDecimal margin,
            BigDecimal revenueShare,
            BigDecimal marginShare) {}
}
