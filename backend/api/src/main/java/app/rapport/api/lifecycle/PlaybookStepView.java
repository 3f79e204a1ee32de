package app.rapport.api.lifecycle;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One care action template of a stage's playbook; {@code tierId} set means the step belongs to that tier's
 * refinement of the stage strategy, which replaces the general one for clients of the tier.
 */
@Serdeable
public record PlaybookStepView(
        String id,
        Stage stage,
        @Nullable String tierId,
        CareKind kind,
        String title,
        @Nullable Integer offsetDays,
        @Nullable Integer cadenceDays,
        ServiceLevel aimedLevel,
        TenantRole ownerRole,
        @Nullable String instructions,
        int position,
        Translated titleTranslations,
        Translated instructionsTranslations) {}
