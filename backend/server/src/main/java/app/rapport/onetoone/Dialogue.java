package app.rapport.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.common.FieldCode;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.client.Clients;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Interact: the two-way dialogue with a client, newest first, filterable by channel, direction and text. */
@Singleton
public class Dialogue {
    private final InteractionRepository interactions;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Dialogue(InteractionRepository interactions, Clients clients, AuditLog audit, Actor actor, Clock clock) {
        this.interactions = interactions;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<InteractionView> of(
            String clientId, @Nullable Channel channel, @Nullable Direction direction, @Nullable String text) {
        clients.requireExists(clientId);
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return interactions.newestFirst(clientId).stream()
                .filter(i -> channel == null || i.channel() == channel)
                .filter(i -> direction == null || i.direction() == direction)
                .filter(i -> needle == null
                        || i.summary().toLowerCase(Locale.ROOT).contains(needle)
                        || (i.response() != null
                                && i.response().toLowerCase(Locale.ROOT).contains(needle)))
                .map(Dialogue::view)
                .toList();
    }

    @Transactional
    public InteractionView record(String clientId, InteractionWrite command) {
        clients.requireExists(clientId);
        Instant now = Instant.now(clock);
        if (command.at() != null && command.at().isAfter(now.plusSeconds(60))) {
            throw ProblemException.badField("at", FieldCode.IN_FUTURE);
        }
        InteractionRow row = interactions.save(new InteractionRow(
                UUID.randomUUID().toString(),
                clientId,
                command.direction(),
                command.channel(),
                command.at() == null ? now : command.at(),
                Objects.requireNonNullElse(Texts.blankToNull(command.who()), actor.name()),
                command.summary().strip(),
                Texts.blankToNull(command.response()),
                actor.name()));
        audit.record("CREATE", "interaction", row.id(), null, row);
        return view(row);
    }

    static InteractionView view(InteractionRow i) {
        return new InteractionView(
                i.id(), i.direction(), i.channel(), i.at(), i.who(), i.summary(), i.response(), i.recordedBy());
    }
}
