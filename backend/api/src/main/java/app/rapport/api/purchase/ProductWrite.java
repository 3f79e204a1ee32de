package app.rapport.api.purchase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

@Serdeable
public record ProductWrite(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 20) String unit,

        @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
        BigDecimal typicalDailyUsage) {}
