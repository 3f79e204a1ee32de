package app.rapport.survey;

import app.rapport.api.survey.InvitationStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the client's timeline learns from surveys: each invitation — when it was sent (a scheduled one: when it will
 * be), or answered — with its form's name and the answer's headline figures.
 */
@Singleton
public class SurveyHistory {
    /** One invitation as the timeline shows it. */
    public record Entry(
            String invitationId,
            Instant at,
            InvitationStatus status,
            String instrumentName,
            @Nullable Integer csat,
            @Nullable Integer nps,
            @Nullable Integer effort,
            String by) {}

    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final Clock clock;

    SurveyHistory(InvitationStore invitations, ResponseStore responses, Instruments instruments, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Connectable
    public List<Entry> ofClient(String clientId) {
        List<Invitation> all = invitations.ofClient(clientId);
        Map<String, Response> answered = responses.of(all.stream()
                .filter(i -> i.status() == InvitationStatus.ANSWERED)
                .map(Invitation::id)
                .toList());
        Map<String, Instruments.Head> heads = instruments.heads();
        Instant now = clock.instant();
        return all.stream()
                .map(i -> {
                    Response r = answered.get(i.id());
                    Instruments.Head h = heads.get(i.instrumentId());
                    return new Entry(
                            i.id(),
                            i.answeredAt() != null ? i.answeredAt() : i.createdAt(),
                            i.statusAt(now),
                            h == null ? "" : h.name(),
                            r == null ? null : r.csat(),
                            r == null ? null : r.nps(),
                            r == null ? null : r.effort(),
                            i.createdBy());
                })
                .toList();
    }
}
