package app.rapport.api.purchase;

import io.micronaut.http.client.annotation.Client;

/** The tenant's product catalog: {@code /api/v1/products}. */
@Client(id = "rapport-api", path = "/api/v1/products")
public interface ProductsApi extends ProductOperations {}
