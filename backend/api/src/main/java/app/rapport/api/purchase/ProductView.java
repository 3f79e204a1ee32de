package app.rapport.api.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** A product or service the tenant sells; typical daily usage (in its unit) when known. */
@Serdeable
public record ProductView(
        String id, String name, String unit, @Nullable BigDecimal typicalDailyUsage, long version) {}
