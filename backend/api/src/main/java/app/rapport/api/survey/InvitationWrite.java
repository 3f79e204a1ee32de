package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Inviting a client to answer an instrument: optionally which of its contacts, the form's language (en, zh-CN,
 * zh-TW; default the tenant's), and whether to invite even though the client was invited within the suppression
 * window (a manager's deliberate choice; an opt-out is never overridden). Optionally what the survey asks about — a
 * product of the catalog, a service (blueprint) — so that its answers count in the satisfaction index of that product
 * or service.
 */
@Serdeable
public record InvitationWrite(
        @NotBlank String instrumentId,
        @Nullable String contactId,
        @Nullable @Pattern(regexp = "en|zh-CN|zh-TW") String language,
        boolean overrideSuppression,
        @Nullable String productId,
        @Nullable String blueprintId) {

    public InvitationWrite(
            String instrumentId, @Nullable String contactId, @Nullable String language, boolean override) {
        this(instrumentId, contactId, language, override, null, null);
    }
}
