package app.rapport.api.purchase;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.util.List;

/**
 * The tenant's product catalog under {@code /api/v1/products}.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface ProductOperations {
    @Get
    List<ProductView> list();

    @Get("/{id}")
    ProductView product(@PathVariable String id);

    @Post
    HttpResponse<ProductView> create(@Body ProductWrite product);

    @Put("/{id}")
    HttpResponse<ProductView> update(@PathVariable String id, @Body ProductWrite product);

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id);
}
