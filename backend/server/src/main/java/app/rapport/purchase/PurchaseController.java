package app.rapport.purchase;

import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/** Clients' purchases and CSV imports. Everyone reads; admins and account managers record and import. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "purchases")
@SecurityRequirement(name = "bearer")
class PurchaseController {
    private final Purchases purchases;
    private final ImportPurchases imports;

    PurchaseController(Purchases purchases, ImportPurchases imports) {
        this.purchases = purchases;
        this.imports = imports;
    }

    @Get("/clients/{clientId}/purchases")
    @Operation(summary = "A client's purchases, newest first, paged")
    PageView<PurchaseView> list(
            @PathVariable String clientId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        Paging paging = Paging.of(page, size, 100);
        return purchases.ofClient(clientId, paging.page(), paging.size());
    }

    @Post("/clients/{clientId}/purchases")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<PurchaseView> record(@PathVariable String clientId, @Body @Valid PurchaseWrite purchase) {
        PurchaseView view = purchases.record(clientId, purchase);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/purchases/" + view.id()));
    }

    @Delete("/clients/{clientId}/purchases/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<Void> delete(@PathVariable String clientId, @PathVariable String id) {
        purchases.remove(clientId, id);
        return HttpResponse.noContent();
    }

    @Post("/purchase-imports/preview")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "How a CSV file would be imported: rows as understood, problems by line, new vs already imported")
    ImportPreview preview(@Body @Valid PurchaseImport file) {
        return imports.preview(file);
    }

    @Post("/purchase-imports")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "Import a CSV file of purchases: all rows or none (422 with every problem by line); "
                    + "rows imported before are skipped")
    ImportResult commit(@Body @Valid PurchaseImport file) {
        return imports.commit(file);
    }
}
