package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How the tenant asks: no client is invited again within {@code suppressionDays} of their last invitation (0: no
 * limit); a link stays valid {@code expiryDays}; a detractor or dissatisfied answer opens a follow-up care action for
 * the client's owner due within {@code followUpDays} (0: the same day). {@code version}: as read, for If-Match (0
 * before the first save).
 */
@Serdeable
public record SurveySettings(
        @Min(0) @Max(365) int suppressionDays,
        @Min(1) @Max(90) int expiryDays,
        @Min(0) @Max(30) int followUpDays,
        long version) {
    public static final SurveySettings DEFAULTS = new SurveySettings(7, 14, 2, 0);
}
