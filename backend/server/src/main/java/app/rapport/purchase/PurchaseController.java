package app.rapport.purchase;

import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseOperations;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
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

/** Clients' purchases and CSV imports. Everyone reads; admins and account managers record and import. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "purchases")
@SecurityRequirement(name = "bearer")
class PurchaseController implements PurchaseOperations {
    private final Purchases purchases;
    private final ImportPurchases imports;

    PurchaseController(Purchases purchases, ImportPurchases imports) {
        this.purchases = purchases;
        this.imports = imports;
    }

    @Operation(summary = "One purchase of the client")
    @Override
    public PurchaseView purchase(String clientId, String id) {
        return Items.one(purchases.allOfClient(clientId), PurchaseView::id, id, "purchase");
    }

    @Operation(summary = "A client's purchases, newest first, paged")
    @Override
    public PageView<PurchaseView> list(String clientId, @Nullable Integer page, @Nullable Integer size) {
        Paging paging = Paging.of(page, size, 100);
        return purchases.ofClient(clientId, paging.page(), paging.size());
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<PurchaseView> record(String clientId, @Valid PurchaseWrite purchase) {
        PurchaseView view = purchases.record(clientId, purchase);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/purchases/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<Void> delete(String clientId, String id) {
        purchases.remove(clientId, id);
        return HttpResponse.noContent();
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "How a CSV file would be imported: rows as understood, problems by line, new vs already imported")
    @Override
    public HttpResponse<ImportPreview> preview(@Valid PurchaseImport file) {
        return HttpResponse.ok(imports.preview(file));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            summary = "Import a CSV file of purchases: all rows or none (422 with every problem by line); "
                    + "rows imported before are skipped")
    @Override
    public HttpResponse<ImportResult> commit(@Valid PurchaseImport file) {
        return HttpResponse.ok(imports.commit(file));
    }
}
