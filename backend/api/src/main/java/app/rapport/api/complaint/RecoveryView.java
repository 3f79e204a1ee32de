package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** One item of the recovery checklist: open (no {@code at}), done or waived, by whom and when. */
@Serdeable
public record RecoveryView(
        RecoveryItem item,
        boolean waived,
        @Nullable String note,
        @Nullable CompensationKind compensationKind,
        @Nullable BigDecimal compensationValue,
        @Nullable Instant at,
        @Nullable String by) {}
