package app.rapport.api.blueprint;

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
 * A step: its lane, its column along the process (steps of different lanes in one column happen together), and its
 * standard — a target duration in minutes and a quality rule in words. The name may carry translations (at most 120
 * characters each) that readers of 简体 or 繁體 — in lists and on the diagram — see instead.
 */
@Serdeable
public record StepWrite(
        @NotNull Lane lane,
        @Min(1) @Max(100) int col,
        @NotBlank @Size(max = 120) String name,
        @Nullable @Size(max = 1000) String description,

        @Nullable TenantRole ownerRole,

        @Nullable @Min(1) @Max(525600) Integer targetMinutes,
        @Nullable @Size(max = 500) String qualityRule,
        boolean failPoint,
        boolean touchpoint,
        @Nullable Translated nameTranslations) {}
