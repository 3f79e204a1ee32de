package app.rapport.api.purchase;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

/**
 * The tenant's product catalog under {@code /api/v1/products}.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface ProductOperations {
    @Get
    PageView<ProductView> list(
            @Nullable @QueryValue String q, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size);

    @Get("/{id}")
    ProductView product(@PathVariable String id);

    @Post
    HttpResponse<ProductView> create(@Body ProductWrite product);

    @Put("/{id}")
    HttpResponse<ProductView> update(@PathVariable String id, @Body ProductWrite product);

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id);
}
