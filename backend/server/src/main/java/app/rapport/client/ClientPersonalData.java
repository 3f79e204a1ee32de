package app.rapport.client;

import app.rapport.api.client.ClientKind;
import app.rapport.api.common.ProblemCode;
import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client itself and its contacts. Erasure goes first: it refuses an organisation and a person erased already
 * (409), names the person "#" and the id's start (which reads the same in every language), blanks their fields, marks
 * when, and removes the contacts; the id stays so that aggregates keep counting. The audit trail of everything
 * touched is scrubbed by the erasure as a whole.
 */
@Singleton
final class ClientPersonalData implements PersonalDataPart {
    private final Clients clients;
    private final ClientRepository clientRows;
    private final ContactRepository contacts;
    private final Actor actor;
    private final Clock clock;

    ClientPersonalData(
            Clients clients, ClientRepository clientRows, ContactRepository contacts, Actor actor, Clock clock) {
        this.clients = clients;
        this.clientRows = clientRows;
        this.contacts = contacts;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public Set<String> tables() {
        return Set.of("client", "contact");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.client(clients.find(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        ClientRow before = clients.lockedRow(clientId);
        if (before.kind() != ClientKind.PERSON) {
            throw new ProblemException(
                    ProblemCode.NOT_A_PERSON,
                    "only a person client can be erased; an organisation's contacts are removed one by one");
        }
        if (before.erasedAt() != null) {
            throw new ProblemException(
                    ProblemCode.ALREADY_ERASED, "the person's data was erased at " + before.erasedAt());
        }
        List<String> touched = new ArrayList<>(List.of(clientId));
        for (ContactRow c : contacts.findByClientId(clientId, Clients.CONTACT_ORDER)) {
            contacts.deleteById(c.id());
            touched.add(c.id());
        }
        Instant now = Instant.now(clock);
        clientRows.update(new ClientRow(
                clientId,
                before.kind(),
                "#" + clientId.substring(0, 8),
                null,
                null,
                null,
                null,
                null,
                null,
                before.version(),
                before.createdAt(),
                before.createdBy(),
                now,
                actor.name(),
                now));
        return touched;
    }
}
