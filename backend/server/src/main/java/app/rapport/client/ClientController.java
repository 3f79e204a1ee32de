package app.rapport.client;

import app.rapport.api.client.ClientImport;
import app.rapport.api.client.ClientImportPreview;
import app.rapport.api.client.ClientImportResult;
import app.rapport.api.client.ClientOperations;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;

/** Clients of the caller's tenant. Admins and account managers change them; service staff read them. */
@Controller("/api/v1/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "clients")
@SecurityRequirement(name = "bearer")
class ClientController implements ClientOperations {
    static final int MAX_PAGE_SIZE = 100;

    private final Clients clients;
    private final Contacts contactBook;
    private final ImportClients imports;

    ClientController(Clients clients, Contacts contactBook, ImportClients imports) {
        this.clients = clients;
        this.contactBook = contactBook;
        this.imports = imports;
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "How a CSV file of clients would import: each line as understood, duplicates, problems by line")
    @Override
    public ClientImportPreview previewImport(@Valid ClientImport file) {
        return imports.preview(file);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "Import a CSV file of clients: all lines or none (validOnly: the lines without problems);"
                    + " duplicates are never imported")
    @Override
    public HttpResponse<ClientImportResult> importClients(@Valid ClientImport file) {
        return HttpResponse.ok(imports.commit(file));
    }

    @Operation(summary = "Search the tenant's clients by name, email, city or industry; paged and sorted")
    @Override
    public PageView<ClientView> list(
            @Nullable String q, @Nullable Integer page, @Nullable Integer size, @Nullable String sort) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        if (q != null && q.length() > 200) {
            throw ProblemException.badField("q", FieldCode.MAX_LENGTH, "max", 200);
        }
        return clients.search(q, paging.page(), paging.size(), ClientSort.parse(sort));
    }

    @Override
    public HttpResponse<ClientView> get(String id) {
        ClientView view = clients.find(id);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<ClientView> create(@Valid ClientWrite client) {
        ClientView view = clients.register(client);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + view.id()))
                .header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Change a client; send the ETag of the version you read as If-Match (412 when it is stale)")
    @Override
    public HttpResponse<ClientView> update(String id, @Nullable String ifMatch, @Valid ClientWrite client) {
        ClientView view = clients.change(id, ETags.required(ifMatch, "client"), client);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<Void> delete(String id, @Nullable String ifMatch) {
        clients.remove(id, ifMatch == null ? null : ETags.version(ifMatch));
        return HttpResponse.noContent();
    }

    @Override
    public List<ContactView> contacts(String id) {
        return contactBook.contacts(id);
    }

    @Operation(summary = "One contact of the client")
    @Override
    public ContactView contact(String id, String contactId) {
        return Items.one(contactBook.contacts(id), ContactView::id, contactId, "contact");
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<ContactView> addContact(String id, @Valid ContactWrite contact) {
        ContactView view = contactBook.addContact(id, contact);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + id + "/contacts/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public ContactView updateContact(String id, String contactId, @Valid ContactWrite contact) {
        return contactBook.changeContact(id, contactId, contact);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<Void> removeContact(String id, String contactId) {
        contactBook.removeContact(id, contactId);
        return HttpResponse.noContent();
    }
}
