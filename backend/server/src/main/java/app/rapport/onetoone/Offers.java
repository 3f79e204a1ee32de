package app.rapport.onetoone;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.client.Clients;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Customise: tailored offers and the client's answers. An offer still unanswered after its last valid day is
 * EXPIRED (derived when read, so it never waits for a job) and can no longer be answered. The acceptance rate of a
 * kind is accepted ÷ (accepted + declined + expired); open offers do not count yet.
 */
@Singleton
public class Offers {
    private final OfferRepository offers;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Offers(OfferRepository offers, Clients clients, AuditLog audit, Actor actor, Clock clock) {
        this.offers = offers;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<OfferView> of(String clientId) {
        clients.requireExists(clientId);
        LocalDate today = LocalDate.now(clock);
        return offers.findByClientIdOrderByProposedAtDesc(clientId).stream()
                .map(o -> view(o, today))
                .toList();
    }

    @Transactional
    public OfferView propose(String clientId, OfferWrite command) {
        clients.requireExists(clientId);
        OfferRow row = offers.save(new OfferRow(
                UUID.randomUUID().toString(),
                clientId,
                command.kind().strip(),
                command.what().strip(),
                command.why().strip(),
                command.validUntil(),
                OfferStatus.PROPOSED,
                null,
                actor.name(),
                Instant.now(clock),
                null));
        audit.record("CREATE", "offer", row.id(), null, row);
        return view(row, LocalDate.now(clock));
    }

    @Transactional
    public OfferView answer(String clientId, String id, OfferAnswer answer) {
        clients.requireExists(clientId);
        OfferRow before = offers.findByIdAndClientIdForUpdate(id, clientId)
                .orElseThrow(() -> ProblemException.notFound("offer " + id));
        if (answer.status() != OfferStatus.ACCEPTED && answer.status() != OfferStatus.DECLINED) {
            throw ProblemException.badField("status", FieldCode.ONE_OF, "allowed", List.of("ACCEPTED", "DECLINED"));
        }
        LocalDate today = LocalDate.now(clock);
        OfferStatus now = status(before, today);
        if (now != OfferStatus.PROPOSED) {
            throw new ProblemException(
                    ProblemCode.OFFER_CLOSED,
                    "the offer is " + now + " and can no longer be answered; propose a new one");
        }
        OfferRow after = offers.update(new OfferRow(
                id,
                clientId,
                before.kind(),
                before.what(),
                before.why(),
                before.validUntil(),
                answer.status(),
                Texts.blankToNull(answer.response()),
                before.proposedBy(),
                before.proposedAt(),
                Instant.now(clock)));
        audit.record("ANSWER", "offer", id, before, after);
        return view(after, today);
    }

    @Transactional
    public List<OfferKindStats> acceptance() {
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> byKind = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (OfferRow o : offers.findAll()) {
            int[] c = byKind.computeIfAbsent(o.kind(), k -> new int[5]);
            c[status(o, today).ordinal()]++;
            c[4]++;
        }
        List<OfferKindStats> stats = new ArrayList<>();
        byKind.forEach((kind, c) -> {
            int accepted = c[OfferStatus.ACCEPTED.ordinal()];
            int declined = c[OfferStatus.DECLINED.ordinal()];
            int expired = c[OfferStatus.EXPIRED.ordinal()];
            int decided = accepted + declined + expired;
            BigDecimal rate = decided == 0
                    ? null
                    : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(decided), 3, RoundingMode.HALF_UP);
            stats.add(new OfferKindStats(
                    kind, c[4], accepted, declined, expired, c[OfferStatus.PROPOSED.ordinal()], rate));
        });
        return stats;
    }

    static OfferStatus status(OfferRow o, LocalDate today) {
        return o.status() == OfferStatus.PROPOSED && o.validUntil().isBefore(today) ? OfferStatus.EXPIRED : o.status();
    }

    static OfferView view(OfferRow o, LocalDate today) {
        return new OfferView(
                o.id(),
                o.kind(),
                o.what(),
                o.why(),
                o.validUntil(),
                status(o, today),
                o.response(),
                o.proposedBy(),
                o.proposedAt(),
                o.decidedAt());
    }
}
