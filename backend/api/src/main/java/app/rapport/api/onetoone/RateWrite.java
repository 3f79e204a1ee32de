package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A rate of use entered by hand, in the product's unit per day. */
@Serdeable
public record RateWrite(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
        BigDecimal dailyRate) {}
