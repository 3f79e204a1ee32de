package app.rapport.api.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A purchase to record. The unit defaults to the product's; the margin may be negative (a loss-making sale). */
@Serdeable
public record PurchaseWrite(
        @NotBlank String productId,
        @NotNull @PastOrPresent LocalDate purchasedOn,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3)
        BigDecimal quantity,

        @Nullable @Size(max = 20) String unit,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
        BigDecimal amount,

        @NotNull @Digits(integer = 12, fraction = 2) BigDecimal margin,
        @Nullable @Size(max = 40) String channel) {}
