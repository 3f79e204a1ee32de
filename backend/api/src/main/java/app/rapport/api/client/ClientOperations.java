package app.rapport.api.client;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;

/**
 * Clients and their contacts under {@code /api/v1/clients}; every call acts in the caller's tenant.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface ClientOperations {

    @Get
    PageView<ClientView> list(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String sort);

    @Post("/imports/preview")
    ClientImportPreview previewImport(@Body ClientImport file);

    @Post("/imports")
    HttpResponse<ClientImportResult> importClients(@Body ClientImport file);

    @Get("/{id}")
    HttpResponse<ClientView> get(@PathVariable String id);

    @Post
    HttpResponse<ClientView> create(@Body ClientWrite client);

    @Put("/{id}")
    HttpResponse<ClientView> update(
            @PathVariable String id, @Header("If-Match") String ifMatch, @Body ClientWrite client);

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id, @Nullable @Header("If-Match") String ifMatch);

    @Get("/{id}/contacts")
    List<ContactView> contacts(@PathVariable String id);

    @Get("/{id}/contacts/{contactId}")
    ContactView contact(@PathVariable String id, @PathVariable String contactId);

    @Post("/{id}/contacts")
    HttpResponse<ContactView> addContact(@PathVariable String id, @Body ContactWrite contact);

    @Put("/{id}/contacts/{contactId}")
    ContactView updateContact(@PathVariable String id, @PathVariable String contactId, @Body ContactWrite contact);

    @Delete("/{id}/contacts/{contactId}")
    HttpResponse<Void> removeContact(@PathVariable String id, @PathVariable String contactId);
}
