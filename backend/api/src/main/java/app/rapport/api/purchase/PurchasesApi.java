package app.rapport.api.purchase;

import io.micronaut.http.client.annotation.Client;

/** Clients' purchases and CSV imports: {@code /api/v1/clients/{id}/purchases}, {@code /api/v1/purchase-imports}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface PurchasesApi extends PurchaseOperations {}
