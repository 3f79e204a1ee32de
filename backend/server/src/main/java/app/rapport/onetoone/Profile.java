package app.rapport.onetoone;

import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Identify and differentiate: a client's profile facts and its stated and observed needs. */
@Singleton
public class Profile {
    private final Repositories.Facts facts;
    private final Repositories.Needs needs;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Profile(
            Repositories.Facts facts,
            Repositories.Needs needs,
            Clients clients,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.facts = facts;
        this.needs = needs;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<FactView> facts(String clientId) {
        clients.requireExists(clientId);
        return facts.findByClientId(clientId).stream()
                .sorted(Comparator.comparing(Rows.Fact::category).thenComparing(Rows.Fact::label))
                .map(Profile::view)
                .toList();
    }

    @Transactional
    public FactView addFact(String clientId, FactWrite command) {
        clients.requireExists(clientId);
        Rows.Fact row = facts.save(factRow(UUID.randomUUID().toString(), clientId, command));
        audit.record("CREATE", "fact", row.id(), null, row);
        return view(row);
    }

    @Transactional
    public FactView changeFact(String clientId, String id, FactWrite command) {
        clients.requireExists(clientId);
        Rows.Fact before = fact(clientId, id);
        Rows.Fact after = facts.update(factRow(id, clientId, command));
        audit.record("UPDATE", "fact", id, before, after);
        return view(after);
    }

    @Transactional
    public void removeFact(String clientId, String id) {
        clients.requireExists(clientId);
        Rows.Fact before = fact(clientId, id);
        facts.delete(before);
        audit.record("DELETE", "fact", id, before, null);
    }

    private Rows.Fact fact(String clientId, String id) {
        return facts.findByIdAndClientId(id, clientId).orElseThrow(() -> ProblemException.notFound("fact " + id));
    }

    private Rows.Fact factRow(String id, String clientId, FactWrite c) {
        return new Rows.Fact(
                id,
                clientId,
                c.category(),
                c.label().strip(),
                c.type(),
                FactValuePolicy.normalised(c.type(), c.value()),
                actor.name(),
                Instant.now(clock));
    }

    @Transactional
    public List<NeedView> needs(String clientId) {
        clients.requireExists(clientId);
        return needs.findByClientIdOrderByRecordedAtDesc(clientId).stream()
                .map(Profile::view)
                .toList();
    }

    @Transactional
    public NeedView addNeed(String clientId, NeedWrite command) {
        clients.requireExists(clientId);
        Instant now = Instant.now(clock);
        Rows.Need row = needs.save(new Rows.Need(
                UUID.randomUUID().toString(),
                clientId,
                command.origin(),
                command.description().strip(),
                command.status() == null ? NeedStatus.OPEN : command.status(),
                actor.name(),
                now,
                now));
        audit.record("CREATE", "need", row.id(), null, row);
        return view(row);
    }

    @Transactional
    public NeedView changeNeed(String clientId, String id, NeedWrite command) {
        clients.requireExists(clientId);
        Rows.Need before =
                needs.findByIdAndClientId(id, clientId).orElseThrow(() -> ProblemException.notFound("need " + id));
        Rows.Need after = needs.update(new Rows.Need(
                id,
                clientId,
                command.origin(),
                command.description().strip(),
                command.status() == null ? before.status() : command.status(),
                before.recordedBy(),
                before.recordedAt(),
                Instant.now(clock)));
        audit.record("UPDATE", "need", id, before, after);
        return view(after);
    }

    static FactView view(Rows.Fact f) {
        return new FactView(f.id(), f.category(), f.label(), f.valueType(), f.value(), f.recordedBy(), f.recordedAt());
    }

    static NeedView view(Rows.Need n) {
        return new NeedView(
                n.id(), n.origin(), n.description(), n.status(), n.recordedBy(), n.recordedAt(), n.updatedAt());
    }
}
