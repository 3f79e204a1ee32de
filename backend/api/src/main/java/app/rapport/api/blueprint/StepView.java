package app.rapport.api.blueprint;

import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A step of a version; {@code lineageId} stays the same across the versions a step was copied into. */
@Serdeable
public record StepView(
        String id,
        String lineageId,
        Lane lane,
        int col,
        String name,
        @Nullable String description,
        @Nullable TenantRole ownerRole,
        @Nullable Integer targetMinutes,
        @Nullable String qualityRule,
        boolean failPoint,
        boolean touchpoint,
        Translated nameTranslations) {}
