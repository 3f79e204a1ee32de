package app.rapport.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

@MappedEntity("tier")
record TierRow(
        @Id String id,
        int tierRank,
        String nameEn,
        String nameZhCn,
        String nameZhTw,
        String colour,
        @Nullable BigDecimal minValue,
        @Nullable BigDecimal cumulativeShare,
        @Nullable Integer minRfmScore,
        int careCadenceDays,
        int responseHours,
        String ownerRoles,
        @Nullable String promise,
        @Nullable String promiseZhCn,
        @Nullable String promiseZhTw) {}
