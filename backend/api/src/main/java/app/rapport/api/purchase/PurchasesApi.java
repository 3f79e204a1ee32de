package app.rapport.api.purchase;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** Clients' purchases and CSV imports: {@code /api/v1/clients/{id}/purchases}, {@code /api/v1/purchase-imports}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface PurchasesApi {
    @Get("/clients/{clientId}/purchases")
    PageView<PurchaseView> list(
            @PathVariable String clientId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Post("/clients/{clientId}/purchases")
    HttpResponse<PurchaseView> record(@PathVariable String clientId, @Body PurchaseWrite purchase);

    @Delete("/clients/{clientId}/purchases/{id}")
    HttpResponse<Void> delete(@PathVariable String clientId, @PathVariable String id);

    @Post("/purchase-imports/preview")
    HttpResponse<ImportPreview> preview(@Body PurchaseImport file);

    @Post("/purchase-imports")
    HttpResponse<ImportResult> commit(@Body PurchaseImport file);
}
