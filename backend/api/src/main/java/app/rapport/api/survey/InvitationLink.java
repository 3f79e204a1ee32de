package app.rapport.api.survey;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A new invitation, or a new link for one, with its token — shown this once and stored only as a hash. The form lives
 * at the UI's {@code /survey/{token}}; a new link makes the old one unknown.
 */
@Serdeable
public record InvitationLink(InvitationView invitation, String token) {}
