package app.rapport.inbox;

import app.rapport.api.inbox.InboxView;
import app.rapport.api.inbox.NoticeKind;
import app.rapport.api.inbox.NoticeView;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

/**
 * Members' inboxes: a notice per recipient, written in the transaction that caused it; each member reads and marks
 * only their own (another's notice is 404).
 */
@Singleton
class Inbox implements Notifier {
    private final NoticeRepository notices;
    private final ObjectMapper json;
    private final Actor actor;
    private final Clock clock;

    Inbox(NoticeRepository notices, ObjectMapper json, Actor actor, Clock clock) {
        this.notices = notices;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void tell(
            Collection<String> recipients, NoticeKind kind, @Nullable String complaintId, Map<String, Object> args) {
        String text = write(args);
        Instant now = Instant.now(clock);
        for (String r : new LinkedHashSet<>(recipients)) {
            if (r != null && !r.isBlank()) {
                notices.save(new NoticeRow(UUID.randomUUID().toString(), r, kind, complaintId, text, now, null));
            }
        }
    }

    @Transactional
    InboxView page(int page, int size) {
        String me = actor.name();
        return new InboxView(
                notices.countByRecipientAndReadAtIsNull(me),
                notices.newestFirst(me, size, (long) page * size).stream()
                        .map(this::view)
                        .toList(),
                page,
                size,
                notices.countByRecipient(me));
    }

    @Transactional
    NoticeView read(String id) {
        String me = actor.name();
        notices.markRead(id, me, Instant.now(clock));
        return notices.findByIdAndRecipient(id, me)
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("notice " + id));
    }

    @Transactional
    InboxView readAll(int size) {
        notices.markAllRead(actor.name(), Instant.now(clock));
        return page(0, size);
    }

    private NoticeView view(NoticeRow r) {
        Map<String, Object> args = parse(r.args());
        Object number = args.get("number");
        return new NoticeView(
                r.id(),
                r.kind(),
                r.complaintId(),
                number instanceof Number n ? n.longValue() : 0,
                args,
                r.at(),
                r.readAt());
    }

    private String write(Map<String, Object> args) {
        try {
            return json.writeValueAsString(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
