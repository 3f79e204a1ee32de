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
    private final FactRepository facts;
    private final NeedRepository needs;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Profile(FactRepository facts, NeedRepository needs, Clients clients, AuditLog audit, Actor actor, Clock clock) {
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
                .sorted(Comparator.comparing(FactRow::category).thenComparing(FactRow::label))
                .map(Profile::view)
                .toList();
    }

    @Transactional
    public FactView addFact(String clientId, FactWrite command) {
        clients.requireExists(clientId);
        FactRow row = facts.save(factRow(UUID.randomUUID().toString(), clientId, command));
        audit.record("CREATE", "fact", row.id(), null, row);
        return view(row);
    }

    @Transactional
    public FactView changeFact(String clientId, String id, FactWrite command) {
        clients.requireExists(clientId);
        FactRow before = fact(clientId, id);
        FactRow after = facts.update(factRow(id, clientId, command));
        audit.record("UPDATE", "fact", id, before, after);
        return view(after);
    }

    @Transactional
    public void removeFact(String clientId, String id) {
        clients.requireExists(clientId);
        FactRow before = fact(clientId, id);
        facts.delete(before);
        audit.record("DELETE", "fact", id, before, null);
    }

    private FactRow fact(String clientId, String id) {
        return facts.findByIdAndClientId(id, clientId).orElseThrow(() -> ProblemException.notFound("fact " + id));
    }

    private FactRow factRow(String id, String clientId, FactWrite c) {
        return new FactRow(
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
        NeedRow row = needs.save(new NeedRow(
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
        NeedRow before =
                needs.findByIdAndClientId(id, clientId).orElseThrow(() -> ProblemException.notFound("need " + id));
        NeedRow after = needs.update(new NeedRow(
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

    static FactView view(FactRow f) {
        return new FactView(f.id(), f.category(), f.label(), f.valueType(), f.value(), f.recordedBy(), f.recordedAt());
    }

    static NeedView view(NeedRow n) {
        return new NeedView(
                n.id(), n.origin(), n.description(), n.status(), n.recordedBy(), n.recordedAt(), n.updatedAt());
    }
}
