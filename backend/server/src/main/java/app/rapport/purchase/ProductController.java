package app.rapport.purchase;

import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ProductOperations;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductWrite;
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
import jakarta.validation.constraints.Size;
import java.net.URI;

/** The tenant's product catalog. Everyone reads it; admins and account managers keep it. */
@Controller("/api/v1/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "purchases")
@SecurityRequirement(name = "bearer")
class ProductController implements ProductOperations {
    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @Operation(summary = "The product catalog by name, paged; q in the name")
    @Override
    public PageView<ProductView> list(
            @Nullable @Size(max = 200) String q, @Nullable Integer page, @Nullable Integer size) {
        Paging paging = Paging.of(page, size, 200);
        return products.page(q, paging.page(), paging.size());
    }

    @Operation(summary = "One product of the catalog")
    @Override
    public ProductView product(String id) {
        return Items.one(products.all(), ProductView::id, id, "product");
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<ProductView> create(@Valid ProductWrite product) {
        ProductView view = products.add(product);
        return HttpResponse.created(view, URI.create("/api/v1/products/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<ProductView> update(String id, @Valid ProductWrite product) {
        return HttpResponse.ok(products.change(id, product));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Remove a product that has no purchases (409 otherwise)")
    @Override
    public HttpResponse<Void> delete(String id) {
        products.remove(id);
        return HttpResponse.noContent();
    }
}
