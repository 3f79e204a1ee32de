package app.rapport.api.survey;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A survey rule as the API shows it, with its instrument's name and how many invitations it has made; {@code version}
 * is also its ETag.
 */
@Serdeable
public record RuleView(
        String id,
        SurveyTrigger trigger,
        String instrumentId,
        String instrumentName,
        Translated instrumentNameTranslations,
        @Nullable CareKind careKind,
        @Nullable String stepId,
        @Nullable String tierId,
        @Nullable Integer everyMonths,
        int delayHours,
        boolean active,
        int invited,
        long version,
        Instant updatedAt,
        String updatedBy) {}
