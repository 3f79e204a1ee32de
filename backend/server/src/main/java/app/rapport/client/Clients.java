package app.rapport.client;

import static app.rapport.platform.Texts.blankToNull;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemCode;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The client use cases: register, change and remove a client, and search the tenant's clients (its contacts are
 * {@link Contacts}).
 * Every write is audited in the same transaction. A client of another tenant is simply not found. Reads hold one
 * connection in autocommit ({@code @Connectable}) instead of a transaction: no BEGIN and COMMIT around two SELECTs.
 */
@Singleton
public class Clients {
    static final Sort CONTACT_ORDER = Sort.of(Sort.Order.desc("primary"), Sort.Order.asc("name"));

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final ApplicationEventPublisher<ClientRegistered> registered;

    Clients(
            ClientRepository clients,
            ContactRepository contacts,
            AuditLog audit,
            Actor actor,
            Clock clock,
            ApplicationEventPublisher<ClientRegistered> registered) {
        this.registered = registered;
        this.clients = clients;
        this.contacts = contacts;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Connectable
    public PageView<ClientView> search(@Nullable String q, int page, int size, ClientSort.Parsed sort) {
        Pageable pageable = Pageable.from(page, size, sort.sort());
        String term = q == null || q.isBlank() ? null : Texts.likeLiteral(q.strip());
        Page<ClientRow> rows = term == null
                ? clients.findAll(pageable)
                : clients.findByNameContainsOrEmailContainsOrCityContainsOrIndustryContains(
                        term, term, term, term, pageable);
        return new PageView<>(
                rows.getContent().stream().map(r -> view(r, List.of())).toList(), page, size, rows.getTotalSize());
    }

    @Connectable
    public ClientView find(String id) {
        ClientRow row = row(id);
        return view(row, contactsOf(id));
    }

    /** Refuses (404) an id that is not a client of the current tenant; features under a client call this first. */
    @Connectable
    public void requireExists(String id) {
        if (!isUuid(id) || !clients.existsById(id)) {
            throw ProblemException.notFound("client " + id);
        }
    }

    /** Every client's id, name, email and kind, for matching imported rows to clients. */
    @Connectable
    public List<ClientRef> directory() {
        return clients.directory();
    }

    /** The names of the given clients by id (ids of no client of this tenant are left out). */
    @Connectable
    public Map<String, String> names(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clients.refsOf(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ClientRef::id, ClientRef::name));
    }

    /** Registers a client with its contacts (the first primary one stays primary), audited, and announces it. */
    @Transactional
    public ClientView register(ClientWrite command) {
        Instant now = Instant.now(clock);
        String who = actor.name();
        ClientRow row = clients.save(rowOf(UUID.randomUUID().toString(), command, 0, now, who, now, who, null));
        if (command.contacts() != null) {
            boolean primarySeen = false;
            for (ContactWrite c : command.contacts()) {
                boolean primary = c.primary() && !primarySeen;
                primarySeen |= primary;
                contacts.save(contactRow(UUID.randomUUID().toString(), row.id(), c, primary, now));
            }
        }
        ClientView view = view(clients.findById(row.id()).orElseThrow(), contactsOf(row.id()));
        audit.record("CREATE", "client", row.id(), null, view);
        registered.publishEvent(new ClientRegistered(row.id(), now, who));
        return view;
    }

    /** The row a command describes; texts are trimmed, blank optional ones stored as null. */
    private static ClientRow rowOf(
            String id,
            ClientWrite command,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            @Nullable Instant erasedAt) {
        return new ClientRow(
                id,
                command.kind(),
                command.name().strip(),
                blankToNull(command.industry()),
                blankToNull(command.email()),
                blankToNull(command.phone()),
                blankToNull(command.city()),
                blankToNull(command.website()),
                blankToNull(command.notes()),
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                erasedAt);
    }

    @Transactional
    public ClientView change(String id, long expectedVersion, ClientWrite command) {
        ClientRow before = row(id);
        if (expectedVersion != ETags.ANY && before.version() != expectedVersion) {
            throw stale(id);
        }
        // the update is conditional on the version read (@Version): a parallel change makes it fail as stale
        ClientRow changed = rowOf(
                id,
                command,
                before.version(),
                before.createdAt(),
                before.createdBy(),
                Instant.now(clock),
                actor.name(),
                before.erasedAt());
        try {
            clients.update(changed);
        } catch (OptimisticLockException e) {
            throw stale(id);
        }
        List<ContactView> cs = contactsOf(id);
        ClientView after = view(row(id), cs);
        audit.record("UPDATE", "client", id, view(before, cs), after);
        return after;
    }

    @Transactional
    public void remove(String id, @Nullable Long expectedVersion) {
        ClientRow before = lockedRow(id);
        if (expectedVersion != null && expectedVersion != ETags.ANY && before.version() != expectedVersion) {
            throw stale(id);
        }
        ClientView view = view(before, contactsOf(id));
        clients.deleteById(id);
        audit.record("DELETE", "client", id, view, null);
    }

    /**
     * The client locked until the transaction ends: removal, erasure and every contact write take it first, so that
     * parallel writes to one client happen one after the other (one primary contact, no write to a removed client).
     */
    ClientRow lockedRow(String id) {
        if (!isUuid(id)) {
            throw ProblemException.notFound("client " + id);
        }
        return clients.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("client " + id));
    }

    ClientRow row(String id) {
        if (!isUuid(id)) {
            throw ProblemException.notFound("client " + id);
        }
        return clients.findById(id).orElseThrow(() -> ProblemException.notFound("client " + id));
    }

    List<ContactView> contactsOf(String clientId) {
        return contacts.findByClientId(clientId, CONTACT_ORDER).stream()
                .map(Clients::view)
                .toList();
    }

    private static ProblemException stale(String id) {
        return new ProblemException(
                ProblemCode.STALE_VERSION,
                "client " + id + " was changed by someone else meanwhile; reload it and apply your change again");
    }

    static ContactRow contactRow(String id, String clientId, ContactWrite c, boolean primary, Instant createdAt) {
        return new ContactRow(
                id,
                clientId,
                c.name().strip(),
                blankToNull(c.jobTitle()),
                blankToNull(c.email()),
                blankToNull(c.phone()),
                primary,
                createdAt);
    }

    static ClientView view(ClientRow r, List<ContactView> contacts) {
        return new ClientView(
                r.id(),
                r.kind(),
                r.name(),
                r.industry(),
                r.email(),
                r.phone(),
                r.city(),
                r.website(),
                r.notes(),
                contacts,
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy(),
                r.erasedAt());
    }

    static ContactView view(ContactRow c) {
        return new ContactView(c.id(), c.name(), c.jobTitle(), c.email(), c.phone(), c.primary());
    }

    static boolean isUuid(String s) {
        try {
            return s != null
                    && s.length() == 36
                    && UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
