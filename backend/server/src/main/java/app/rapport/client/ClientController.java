package app.rapport.client;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.api.common.PageView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.Paging;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
class ClientController {
    static final int MAX_PAGE_SIZE = 100;

    private final Clients clients;

    ClientController(Clients clients) {
        this.clients = clients;
    }

    @Get
    @Operation(summary = "Search the tenant's clients by name, email, city or industry; paged and sorted")
    PageView<ClientView> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String sort) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        if (q != null && q.length() > 200) {
            throw ProblemException.badField("q", "must be at most 200 characters");
        }
        return clients.search(q, paging.page(), paging.size(), ClientSort.parse(sort));
    }

    @Get("/{id}")
    HttpResponse<ClientView> get(@PathVariable String id) {
        ClientView view = clients.find(id);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Post
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<ClientView> create(@Body @Valid ClientWrite client) {
        ClientView view = clients.register(client);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + view.id()))
                .header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Put("/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Change a client; send the ETag of the version you read as If-Match (412 when it is stale)")
    HttpResponse<ClientView> update(
            @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Body @Valid ClientWrite client) {
        if (ifMatch == null) {
            throw new ProblemException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "if-match-required",
                    "send the ETag of the client you read as If-Match, so that no one else's change is overwritten");
        }
        ClientView view = clients.change(id, ETags.version(ifMatch), client);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Delete("/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<Void> delete(@PathVariable String id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        clients.remove(id, ifMatch == null ? null : ETags.version(ifMatch));
        return HttpResponse.noContent();
    }

    @Get("/{id}/contacts")
    List<ContactView> contacts(@PathVariable String id) {
        return clients.contacts(id);
    }

    @Post("/{id}/contacts")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<ContactView> addContact(@PathVariable String id, @Body @Valid ContactWrite contact) {
        ContactView view = clients.addContact(id, contact);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + id + "/contacts/" + view.id()));
    }

    @Put("/{id}/contacts/{contactId}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    ContactView updateContact(
            @PathVariable String id, @PathVariable String contactId, @Body @Valid ContactWrite contact) {
        return clients.changeContact(id, contactId, contact);
    }

    @Delete("/{id}/contacts/{contactId}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<Void> removeContact(@PathVariable String id, @PathVariable String contactId) {
        clients.removeContact(id, contactId);
        return HttpResponse.noContent();
    }
}
