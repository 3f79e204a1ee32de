package app.rapport.api.benchmark;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.ServqualDimension;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A benchmark target. {@code unit} and {@code direction} are required for MANUAL metrics and fixed by the metric
 * otherwise; {@code stepId} names a step of a published blueprint for STEP_DURATION, {@code servqualDimension} the
 * dimension whose gap SERVQUAL_GAP measures.
 */
@Serdeable
public record TargetWrite(
        @NotBlank @Size(max = 200) String metric,
        @NotNull MetricSource source,
        @Nullable @Size(max = 36) String stepId,
        @NotNull Dimension dimension,
        @Nullable @Size(max = 30) String unit,
        @Nullable Direction direction,

        @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
        BigDecimal baselineValue,

        @NotNull LocalDate baselineOn,
        @Nullable @Size(max = 200) String competitorName,

        @Nullable @DecimalMin("-1000000000") @DecimalMax("1000000000")
        BigDecimal competitorValue,

        @Nullable @Size(max = 500) String competitorSource,

        @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
        BigDecimal targetValue,

        @NotNull LocalDate dueOn,
        @NotBlank @Size(max = 100) String owner,
        @Nullable Translated metricTranslations,
        @Nullable ServqualDimension servqualDimension) {

    public TargetWrite(
            String metric,
            MetricSource source,
            @Nullable String stepId,
            Dimension dimension,
            @Nullable String unit,
            @Nullable Direction direction,
            BigDecimal baselineValue,
            LocalDate baselineOn,
            @Nullable String competitorName,
            @Nullable BigDecimal competitorValue,
            @Nullable String competitorSource,
            BigDecimal targetValue,
            LocalDate dueOn,
            String owner,
            @Nullable Translated metricTranslations) {
        this(
                metric,
                source,
                stepId,
                dimension,
                unit,
                direction,
                baselineValue,
                baselineOn,
                competitorName,
                competitorValue,
                competitorSource,
                targetValue,
                dueOn,
                owner,
                metricTranslations,
                null);
    }
}
