package app.rapport.api.lifecycle;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A care action template: due {@code offsetDays} after the client enters the stage, or repeating every
 * {@code cadenceDays} while the client stays in it — exactly one of the two. Title and instructions may carry
 * translations that staff reading 简体 or 繁體 see instead (at most 200 and 1,000 characters, as the text).
 */
@Serdeable
public record PlaybookStepWrite(
        @NotNull Stage stage,
        @Nullable @Size(max = 36) String tierId,
        @NotNull CareKind kind,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Min(0) @Max(365) Integer offsetDays,
        @Nullable @Min(1) @Max(365) Integer cadenceDays,
        @NotNull ServiceLevel aimedLevel,

        @NotNull TenantRole ownerRole,

        @Nullable @Size(max = 1000) String instructions,
        @Min(0) @Max(1000) int position,
        @Nullable Translated titleTranslations,
        @Nullable Translated instructionsTranslations) {}
