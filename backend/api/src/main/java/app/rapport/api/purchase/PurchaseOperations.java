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

/**
 * Clients' purchases and CSV purchase imports.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface PurchaseOperations {
    @Get("/clients/{clientId}/purchases")
    PageView<PurchaseView> list(
            @PathVariable String clientId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Get("/clients/{clientId}/purchases/{id}")
    PurchaseView purchase(@PathVariable String clientId, @PathVariable String id);

    @Post("/clients/{clientId}/purchases")
    HttpResponse<PurchaseView> record(@PathVariable String clientId, @Body PurchaseWrite purchase);

    @Delete("/clients/{clientId}/purchases/{id}")
    HttpResponse<Void> delete(@PathVariable String clientId, @PathVariable String id);

    @Post("/purchase-imports/preview")
    HttpResponse<ImportPreview> preview(@Body PurchaseImport file);

    @Post("/purchase-imports")
    HttpResponse<ImportResult> commit(@Body PurchaseImport file);
}
