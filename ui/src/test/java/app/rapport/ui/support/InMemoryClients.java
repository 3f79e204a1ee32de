package app.rapport.ui.support;

import app.rapport.api.client.ClientImport;
import app.rapport.api.client.ClientImportPreview;
import app.rapport.api.client.ClientImportResult;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.LineError;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemView;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The clients API as the views see it, kept in memory for view-logic tests: the same contract (pages, ETag versions,
 * 404 and 412 answers) without a server. The real API is exercised by the backend's tests and the browser journeys.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(ClientsApi.class)
public class InMemoryClients implements ClientsApi {
    @Override
    public synchronized ContactView contact(String id, String contactId) {
        return contacts(id).stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElse(null);
    }

    private final Map<String, ClientView> clients = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private ProblemView nextProblem;

    public synchronized ClientView add(String name, String city) {
        ClientView c = view(UUID.randomUUID().toString(), 0, write(name, city), List.of(), "seed");
        clients.put(c.id(), c);
        return c;
    }

    /** A person client. */
    public synchronized ClientView addPerson(String name, String city) {
        ClientWrite w = new ClientWrite(
                app.rapport.api.client.ClientKind.PERSON,
                name,
                null,
                null,
                "+86 138 0000 0000",
                city,
                null,
                null,
                null);
        ClientView c = view(UUID.randomUUID().toString(), 0, w, List.of(), "seed");
        clients.put(c.id(), c);
        return c;
    }

    public static ClientWrite write(String name, String city) {
        return new ClientWrite(
                app.rapport.api.client.ClientKind.ORGANISATION, name, null, null, null, city, null, null, null);
    }

    /** Someone else saves the client: its version moves on. */
    public synchronized ClientView changeBehindTheViewsBack(String id, String city) {
        ClientView c = clients.get(id);
        ClientView changed = view(id, c.version() + 1, write(c.name(), city), c.contacts(), "someone-else");
        clients.put(id, changed);
        return changed;
    }

    /** The next write is refused with this problem. */
    public synchronized void refuseNext(ProblemView problem) {
        nextProblem = problem;
    }

    public synchronized List<ClientView> all() {
        return List.copyOf(clients.values());
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized PageView<ClientView> list(
            @Nullable String q, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        calls.add("list q=" + q + " page=" + page + " size=" + size + " sort=" + sort);
        int p = page == null ? 0 : page;
        int s = size == null ? 25 : size;
        String needle = q == null ? "" : q.toLowerCase(Locale.ROOT);
        Comparator<ClientView> order = comparator(sort);
        List<ClientView> found = clients.values().stream()
                .filter(c ->
                        (c.name() + " " + c.city()).toLowerCase(Locale.ROOT).contains(needle))
                .sorted(order)
                .toList();
        List<ClientView> items = found.stream().skip((long) p * s).limit(s).toList();
        return new PageView<>(items, p, s, found.size());
    }

    private static Comparator<ClientView> comparator(@Nullable String sort) {
        if (sort == null) {
            return Comparator.comparing(ClientView::name);
        }
        boolean desc = sort.startsWith("-");
        String key = desc ? sort.substring(1) : sort;
        Function<ClientView, String> field = "city".equals(key) ? c -> String.valueOf(c.city()) : ClientView::name;
        Comparator<ClientView> c = Comparator.comparing(field);
        return desc ? c.reversed() : c;
    }

    /** Every named line is new, unless a client of that name exists (a duplicate); a line without a name has a problem. */
    @Override
    public synchronized ClientImportPreview previewImport(ClientImport file) {
        calls.add("previewImport validOnly=" + file.validOnly());
        List<String> lines = file.csv().lines().toList();
        List<ClientImportPreview.Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String name = lines.get(i).split(",", -1)[0].strip();
            ClientView same = clients.values().stream()
                    .filter(c -> c.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            ClientImportPreview.Status status = name.isEmpty()
                    ? ClientImportPreview.Status.PROBLEM
                    : same != null ? ClientImportPreview.Status.DUPLICATE : ClientImportPreview.Status.NEW;
            if (name.isEmpty()) {
                errors.add(LineError.of(i + 1, "name", app.rapport.api.common.FieldCode.NOT_BLANK));
            }
            rows.add(new ClientImportPreview.Row(
                    i + 1,
                    app.rapport.api.client.ClientKind.ORGANISATION,
                    name,
                    null,
                    null,
                    null,
                    null,
                    status,
                    same == null ? null : same.id(),
                    same == null ? null : same.name(),
                    null));
        }
        int dup = (int) rows.stream()
                .filter(r -> r.status() == ClientImportPreview.Status.DUPLICATE)
                .count();
        return new ClientImportPreview(
                List.of("name"),
                Map.of("NAME", "name"),
                rows,
                errors,
                rows.size() - dup - errors.size(),
                dup,
                errors.size());
    }

    @Override
    public synchronized HttpResponse<ClientImportResult> importClients(ClientImport file) {
        ClientImportPreview p = previewImport(file);
        calls.add("import validOnly=" + file.validOnly());
        if (!p.errors().isEmpty() && !file.validOnly()) {
            return FakeProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "import-has-errors", List.of());
        }
        p.rows().stream()
                .filter(r -> r.status() == ClientImportPreview.Status.NEW)
                .forEach(r -> add(r.name(), null));
        return HttpResponse.ok(new ClientImportResult(
                p.newRows(), p.duplicates(), p.withProblems(), p.rows().size()));
    }

    @Override
    public synchronized HttpResponse<ClientView> get(String id) {
        ClientView c = clients.get(id);
        return c == null ? notFound() : HttpResponse.ok(c);
    }

    @Override
    public synchronized HttpResponse<ClientView> create(ClientWrite client) {
        HttpResponse<ClientView> refused = refused();
        if (refused != null) {
            return refused;
        }
        String id = UUID.randomUUID().toString();
        List<ContactView> contacts = client.contacts() == null
                ? List.of()
                : client.contacts().stream().map(InMemoryClients::contact).toList();
        ClientView c = view(id, 0, client, contacts, "me");
        clients.put(id, c);
        return HttpResponse.created(c);
    }

    @Override
    public synchronized HttpResponse<ClientView> update(String id, String ifMatch, ClientWrite client) {
        ClientView c = clients.get(id);
        if (c == null) {
            return notFound();
        }
        if (!("\"" + c.version() + "\"").equals(ifMatch)) {
            return problem(HttpStatus.PRECONDITION_FAILED, "version-mismatch", null);
        }
        HttpResponse<ClientView> refused = refused();
        if (refused != null) {
            return refused;
        }
        ClientView changed = view(id, c.version() + 1, client, c.contacts(), "me");
        clients.put(id, changed);
        return HttpResponse.ok(changed);
    }

    @Override
    public synchronized HttpResponse<Void> delete(String id, @Nullable String ifMatch) {
        ClientView c = clients.get(id);
        if (c == null) {
            return notFound();
        }
        if (ifMatch != null && !("\"" + c.version() + "\"").equals(ifMatch)) {
            return problem(HttpStatus.PRECONDITION_FAILED, "version-mismatch", null);
        }
        clients.remove(id);
        return HttpResponse.noContent();
    }

    @Override
    public synchronized List<ContactView> contacts(String id) {
        ClientView c = clients.get(id);
        return c == null ? null : c.contacts();
    }

    @Override
    public synchronized HttpResponse<ContactView> addContact(String id, ContactWrite contact) {
        ClientView c = clients.get(id);
        if (c == null) {
            return notFound();
        }
        ContactView added = contact(contact);
        List<ContactView> contacts = new ArrayList<>(c.contacts());
        contacts.add(added);
        clients.put(id, withContacts(c, contacts));
        return HttpResponse.created(added);
    }

    @Override
    public synchronized ContactView updateContact(String id, String contactId, ContactWrite contact) {
        throw new UnsupportedOperationException("the views do not edit contacts in place");
    }

    @Override
    public synchronized HttpResponse<Void> removeContact(String id, String contactId) {
        ClientView c = clients.get(id);
        if (c == null) {
            return notFound();
        }
        List<ContactView> contacts = new ArrayList<>(c.contacts());
        contacts.removeIf(x -> x.id().equals(contactId));
        clients.put(id, withContacts(c, contacts));
        return HttpResponse.noContent();
    }

    private <T> HttpResponse<T> refused() {
        if (nextProblem == null) {
            return null;
        }
        ProblemView p = nextProblem;
        nextProblem = null;
        @SuppressWarnings("unchecked")
        HttpResponse<T> r = (HttpResponse<T>)
                HttpResponse.status(HttpStatus.valueOf(p.status())).body(p);
        return r;
    }

    private static <T> HttpResponse<T> notFound() {
        return problem(HttpStatus.NOT_FOUND, "client-not-found", null);
    }

    private static <T> HttpResponse<T> problem(HttpStatus status, String code, List<ProblemView.FieldProblem> errors) {
        @SuppressWarnings("unchecked")
        HttpResponse<T> r = (HttpResponse<T>) HttpResponse.status(status)
                .body(new ProblemView(null, status.getReason(), status.getCode(), code, null, code, null, errors));
        return r;
    }

    private static ContactView contact(ContactWrite w) {
        return new ContactView(UUID.randomUUID().toString(), w.name(), w.jobTitle(), w.email(), w.phone(), w.primary());
    }

    private static ClientView withContacts(ClientView c, List<ContactView> contacts) {
        return new ClientView(
                c.id(),
                c.kind(),
                c.name(),
                c.industry(),
                c.email(),
                c.phone(),
                c.city(),
                c.website(),
                c.notes(),
                List.copyOf(contacts),
                c.version(),
                c.createdAt(),
                c.createdBy(),
                c.updatedAt(),
                c.updatedBy(),
                c.erasedAt());
    }

    /** The person erased as the server does it: a neutral name, no contact details, the moment of erasure. */
    public synchronized void markErased(String id) {
        ClientView c = clients.get(id);
        Instant now = Instant.now();
        clients.put(
                id,
                new ClientView(
                        id,
                        c.kind(),
                        "#" + id.substring(0, 8),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        c.version() + 1,
                        c.createdAt(),
                        c.createdBy(),
                        now,
                        "amy",
                        now));
    }

    private static ClientView view(String id, long version, ClientWrite w, List<ContactView> contacts, String who) {
        Instant now = Instant.now();
        return new ClientView(
                id,
                w.kind(),
                w.name(),
                w.industry(),
                w.email(),
                w.phone(),
                w.city(),
                w.website(),
                w.notes(),
                List.copyOf(contacts),
                version,
                now,
                who,
                now,
                who,
                null);
    }
}
