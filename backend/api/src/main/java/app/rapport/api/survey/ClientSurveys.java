package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A client's surveys: whether they opted out (and when), until when a new invitation would fall inside the
 * suppression window, and their invitations, newest first.
 */
@Serdeable
public record ClientSurveys(
        boolean optedOut,
        @Nullable Instant optedOutAt,
        @Nullable Instant suppressedUntil,
        List<InvitationView> invitations) {}
