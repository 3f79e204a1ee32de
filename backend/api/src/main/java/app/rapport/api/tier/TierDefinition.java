package app.rapport.api.tier;

import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One tier: its rank (1 is the most valuable), names in each UI language, colour, the parameter of the tenant's
 * method (minimum value for THRESHOLD, upper bound of cumulative share in percent for PARETO, minimum score for
 * RFM), and the service it entitles the client to: its promise as written, with optional translations that readers
 * of those languages see instead ({@link #promise(String)}).
 */
@Serdeable
public record TierDefinition(
        @Nullable String id,
        @Min(1) @Max(20) int rank,
        @NotBlank @Size(max = 60) String nameEn,
        @NotBlank @Size(max = 60) String nameZhCn,
        @NotBlank @Size(max = 60) String nameZhTw,

        @NotNull @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "COLOUR")
        String colour,

        @Nullable @DecimalMin("0") @DecimalMax("999999999999")
        BigDecimal minValue,

        @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
        BigDecimal cumulativeShare,

        @Nullable @Min(0) @Max(15) Integer minRfmScore,
        @Min(1) @Max(366) int careCadenceDays,
        @Min(1) @Max(720) int responseHours,
        @NotEmpty List<@NotNull TenantRole> ownerRoles,
        @Nullable @Size(max = 500) String promise,
        @Nullable @Size(max = 500) String promiseZhCn,
        @Nullable @Size(max = 500) String promiseZhTw) {

    /** The name in a language tag's script (zh-CN, zh-TW, anything else: English). */
    /** The service promise in the reader's language; the promise as written when it has no translation. */
    public String promise(String languageTag) {
        return new Translated(promiseZhCn, promiseZhTw).in(languageTag, promise);
    }

    public String name(String languageTag) {
        return switch (languageTag) {
            case "zh-CN" -> nameZhCn;
            case "zh-TW" -> nameZhTw;
            default -> nameEn;
        };
    }
}
