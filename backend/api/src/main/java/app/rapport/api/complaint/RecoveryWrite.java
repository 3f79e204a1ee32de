package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Step 7: one item of the recovery checklist done — or, with {@code waived} and a note saying why, not applicable. A
 * compensation names its kind and, where it has one, its value.
 */
@Serdeable
public record RecoveryWrite(
        boolean waived,
        @Nullable @Size(max = 1000) String note,
        @Nullable CompensationKind compensationKind,

        @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        BigDecimal compensationValue) {}
