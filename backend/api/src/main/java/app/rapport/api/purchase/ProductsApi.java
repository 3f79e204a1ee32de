package app.rapport.api.purchase;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.List;

/** The tenant's product catalog: {@code /api/v1/products}. */
@Client(id = "rapport-api", path = "/api/v1/products")
public interface ProductsApi {
    @Get
    List<ProductView> list();

    @Post
    HttpResponse<ProductView> create(@Body ProductWrite product);

    @Put("/{id}")
    HttpResponse<ProductView> update(@PathVariable String id, @Body ProductWrite product);

    @Delete("/{id}")
    HttpResponse<Void> delete(@PathVariable String id);
}
