package app.rapport.client;

import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's contacts. Every write takes the client's lock first, so parallel writes to one client happen one after
 * the other: there is one primary contact, and no contact is written to a removed client.
 */
@Singleton
public class Contacts {
    private final ContactRepository contacts;
    private final Clients clients;
    private final AuditLog audit;
    private final Clock clock;

    Contacts(ContactRepository contacts, Clients clients, AuditLog audit, Clock clock) {
        this.contacts = contacts;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    @Connectable
    public List<ContactView> contacts(String clientId) {
        clients.row(clientId);
        return clients.contactsOf(clientId);
    }

    @Transactional
    public ContactView addContact(String clientId, ContactWrite command) {
        clients.lockedRow(clientId);
        if (command.primary()) {
            demoteOtherPrimaries(clientId, null);
        }
        ContactRow saved = contacts.save(Clients.contactRow(
                UUID.randomUUID().toString(), clientId, command, command.primary(), Instant.now(clock)));
        ContactView view = Clients.view(saved);
        audit.record("CREATE", "contact", saved.id(), null, view);
        return view;
    }

    @Transactional
    public ContactView changeContact(String clientId, String contactId, ContactWrite command) {
        clients.lockedRow(clientId);
        ContactRow before = contacts.findByIdAndClientId(contactId, clientId)
                .orElseThrow(() -> ProblemException.notFound("contact " + contactId));
        if (command.primary()) {
            demoteOtherPrimaries(clientId, contactId);
        }
        ContactRow after = contacts.update(
                Clients.contactRow(contactId, clientId, command, command.primary(), before.createdAt()));
        audit.record("UPDATE", "contact", contactId, Clients.view(before), Clients.view(after));
        return Clients.view(after);
    }

    @Transactional
    public void removeContact(String clientId, String contactId) {
        clients.lockedRow(clientId);
        ContactRow before = contacts.findByIdAndClientId(contactId, clientId)
                .orElseThrow(() -> ProblemException.notFound("contact " + contactId));
        contacts.delete(before);
        audit.record("DELETE", "contact", contactId, Clients.view(before), null);
    }

    private void demoteOtherPrimaries(String clientId, @Nullable String keep) {
        for (ContactRow c : contacts.findByClientId(clientId, Clients.CONTACT_ORDER)) {
            if (c.primary() && !c.id().equals(keep)) {
                contacts.update(c.id(), false);
            }
        }
    }
}
