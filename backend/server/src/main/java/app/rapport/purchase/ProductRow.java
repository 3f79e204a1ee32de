package app.rapport.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("product")
record ProductRow(
        @Id String id,
        String name,
        String unit,
        @Nullable BigDecimal typicalDailyUsage,
        @Version long version,
        Instant createdAt) {}
