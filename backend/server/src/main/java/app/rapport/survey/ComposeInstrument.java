package app.rapport.survey;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.Translated;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An admin composes an instrument: adding it saves version 1; each change saves the next version over the one read
 * (If-Match: the version; 412 when another save came first), so answers keep the questions they were given;
 * archiving keeps it and its answers and stops new invitations. Each write is audited.
 */
@Singleton
class ComposeInstrument {
    private final Instruments instruments;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    ComposeInstrument(Instruments instruments, AuditLog audit, Actor actor, Clock clock) {
        this.instruments = instruments;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    InstrumentView add(InstrumentWrite write) {
        checked(write);
        Instant now = Instant.now(clock);
        Instruments.Head head = new Instruments.Head(
                UUID.randomUUID().toString(),
                write.name().strip(),
                translations(write),
                1,
                false,
                now,
                actor.name(),
                now,
                actor.name());
        instruments.insert(head);
        instruments.insert(version(head, write), now, actor.name());
        InstrumentView view = instruments.view(head.id(), null).orElseThrow();
        audit.record("CREATE", "survey_instrument", head.id(), null, view);
        return view;
    }

    @Transactional
    InstrumentView change(String id, long ifMatch, InstrumentWrite write) {
        checked(write);
        Instruments.Head before = instruments.forUpdate(id).orElseThrow(() -> ProblemException.notFound("instrument"));
        if (ifMatch != ETags.ANY && ifMatch != before.currentVersion()) {
            throw stale();
        }
        if (before.archived()) {
            throw new ProblemException(ProblemCode.INSTRUMENT_ARCHIVED, "the instrument is archived");
        }
        InstrumentView old = instruments.view(id, null).orElseThrow();
        Instant now = Instant.now(clock);
        Instruments.Head head = new Instruments.Head(
                id,
                write.name().strip(),
                translations(write),
                before.currentVersion() + 1,
                false,
                before.createdAt(),
                before.createdBy(),
                now,
                actor.name());
        instruments.insert(version(head, write), now, actor.name());
        if (!instruments.update(head, before.currentVersion())) {
            throw stale();
        }
        InstrumentView view = instruments.view(id, null).orElseThrow();
        audit.record("UPDATE", "survey_instrument", id, old, view);
        return view;
    }

    @Transactional
    void archive(String id) {
        Instruments.Head before = instruments.forUpdate(id).orElseThrow(() -> ProblemException.notFound("instrument"));
        if (before.archived()) {
            return;
        }
        Instruments.Head head = new Instruments.Head(
                id,
                before.name(),
                before.nameTranslations(),
                before.currentVersion(),
                true,
                before.createdAt(),
                before.createdBy(),
                Instant.now(clock),
                actor.name());
        instruments.update(head, before.currentVersion());
        audit.record("ARCHIVE", "survey_instrument", id, before, head);
    }

    private static void checked(InstrumentWrite write) {
        var problems = QuestionsPolicy.check(write);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static Instruments.Version version(Instruments.Head head, InstrumentWrite write) {
        return new Instruments.Version(
                head.id(),
                head.currentVersion(),
                QuestionsPolicy.completed(write.questions()),
                write.positiveFrom() == null ? 4 : write.positiveFrom());
    }

    private static Translated translations(InstrumentWrite write) {
        return write.nameTranslations() == null ? Translated.NONE : write.nameTranslations();
    }

    private static ProblemException stale() {
        return new ProblemException(ProblemCode.STALE_VERSION, "the instrument was changed meanwhile; read it again");
    }
}
