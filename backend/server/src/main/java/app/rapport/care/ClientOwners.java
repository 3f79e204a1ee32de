package app.rapport.care;

import app.rapport.api.care.CareStatus;
import app.rapport.api.care.Member;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.tier.TierDefinition;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.tier.Tiers;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who owns the relationship with a client. The owner must be a member of the tenant whose role the client's tier
 * allows ("which roles may own the client"); an unclassified client may be owned by any member. Handing a client
 * over also hands over the open care actions of the previous owner for that client, and the unowned ones waiting
 * for the new owner's role.
 */
@Singleton
public class ClientOwners {
    private final OwnerRepository owners;
    private final CareActionRepository actions;
    private final Reassignments reassignments;
    private final Members members;
    private final Clients clients;
    private final Tiers tiers;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    ClientOwners(
            OwnerRepository owners,
            CareActionRepository actions,
            Reassignments reassignments,
            Members members,
            Clients clients,
            Tiers tiers,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.owners = owners;
        this.actions = actions;
        this.reassignments = reassignments;
        this.members = members;
        this.clients = clients;
        this.tiers = tiers;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public @Nullable String ownerOf(String clientId) {
        return owners.findById(clientId).map(OwnerRow::owner).orElse(null);
    }

    /** Every owned client's owner, by client id. */
    @Transactional
    public Map<String, String> all() {
        Map<String, String> result = new HashMap<>();
        owners.findAll().forEach(o -> result.put(o.clientId(), o.owner()));
        return result;
    }

    @Transactional
    public String assign(String clientId, String username) {
        clients.requireExists(clientId);
        Member member = members.require(username.strip(), "owner");
        TierDefinition tier = tiers.ofClient(clientId).tier();
        if (tier != null && !tier.ownerRoles().contains(member.role())) {
            throw new ProblemException(
                    ProblemCode.OWNER_NOT_ENTITLED,
                    "clients of the tier " + tier.nameEn() + " may be owned by " + tier.ownerRoles() + "; "
                            + member.username() + " is " + member.role());
        }
        OwnerRow before = owners.findById(clientId).orElse(null);
        OwnerRow after =
                new OwnerRow(clientId, member.username(), member.role().name(), Instant.now(clock), actor.name());
        if (before == null) {
            owners.save(after);
        } else {
            owners.update(after);
        }
        audit.record("ASSIGN", "client_owner", clientId, before, after);
        String previous = before == null ? null : before.owner();
        for (CareActionRow a : actions.openOfClient(clientId)) {
            boolean previousOwners = previous != null && previous.equals(a.owner());
            boolean waitingForRole =
                    a.owner() == null && a.ownerRole().equals(member.role().name());
            if ((previousOwners || waitingForRole)
                    && !Objects.equals(a.owner(), member.username())
                    && a.status() == CareStatus.PLANNED) {
                reassignments.handOver(a, member.username());
            }
        }
        return member.username();
    }
}
