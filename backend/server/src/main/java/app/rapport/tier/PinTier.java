package app.rapport.tier;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierPin;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pinning a client's tier by hand until a day (the automatic run leaves that client alone until then, and still ranks
 * it against everyone) and lifting the pin; both are recorded in the tier history and audited. They take the tier
 * settings' lock, so a pin and a classification run happen one after the other.
 */
@Singleton
public class PinTier {
    private final TierCatalog catalog;
    private final ClientTierRepository clientTiers;
    private final TierChangeRepository changes;
    private final Tiers tiers;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final FiguresJson figuresJson;
    private final Clock clock;

    PinTier(
            TierCatalog catalog,
            ClientTierRepository clientTiers,
            TierChangeRepository changes,
            Tiers tiers,
            Clients clients,
            AuditLog audit,
            Actor actor,
            FiguresJson figuresJson,
            Clock clock) {
        this.catalog = catalog;
        this.clientTiers = clientTiers;
        this.changes = changes;
        this.tiers = tiers;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.figuresJson = figuresJson;
        this.clock = clock;
    }

    /** Sets a client's tier by hand until a day; the automatic run leaves the client alone until then. */
    @Transactional
    public ClientTierView pin(String clientId, TierPin pin) {
        clients.requireExists(clientId);
        catalog.lockedSettingsRow();
        TierDefinition tier = catalog.definitions().stream()
                .filter(d -> d.id().equals(pin.tierId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.badField("tierId", FieldCode.NO_SUCH_TIER, "value", pin.tierId()));
        LocalDate today = LocalDate.now(clock);
        if (!pin.until().isAfter(today) || pin.until().isAfter(today.plusYears(1))) {
            throw ProblemException.badField("until", FieldCode.PIN_UNTIL);
        }
        Instant now = Instant.now(clock);
        Optional<ClientTierRow> before = clientTiers.findById(clientId);
        String from = before.map(ClientTierRow::tierId).orElse(null);
        ClientTierRow pinned = new ClientTierRow(
                clientId,
                tier.id(),
                tier.id().equals(from) ? before.get().since() : now,
                true,
                pin.reason().strip(),
                pin.until(),
                actor.name());
        if (before.isPresent()) {
            clientTiers.update(pinned);
        } else {
            clientTiers.save(pinned);
        }
        Map<String, String> f = Map.of("until", pin.until().toString(), "toName", tier.nameEn());
        changes.save(new TierChangeRow(
                UUID.randomUUID().toString(),
                clientId,
                from,
                tier.id(),
                now,
                "PIN",
                pin.reason().strip(),
                figuresJson.write(f),
                actor.name()));
        audit.record("PIN", "client-tier", clientId, before.orElse(null), pinned);
        return tiers.ofClient(clientId);
    }

    /** Lifts a pin; the client keeps its tier until the next classification run decides again. */
    @Transactional
    public ClientTierView unpin(String clientId) {
        clients.requireExists(clientId);
        catalog.lockedSettingsRow();
        ClientTierRow before = clientTiers
                .findById(clientId)
                .filter(ClientTierRow::pinned)
                .orElseThrow(() -> new ProblemException(ProblemCode.NOT_PINNED, "the client's tier is not pinned"));
        ClientTierRow after = new ClientTierRow(clientId, before.tierId(), before.since(), false, null, null, null);
        clientTiers.update(after);
        changes.save(new TierChangeRow(
                UUID.randomUUID().toString(),
                clientId,
                before.tierId(),
                before.tierId(),
                Instant.now(clock),
                "UNPIN",
                ReasonCode.UNPINNED.name(),
                figuresJson.write(Map.of()),
                actor.name()));
        audit.record("UNPIN", "client-tier", clientId, before, after);
        return tiers.ofClient(clientId);
    }
}
