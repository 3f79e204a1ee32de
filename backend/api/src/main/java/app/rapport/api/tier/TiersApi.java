package app.rapport.api.tier;

import io.micronaut.http.client.annotation.Client;

/** Customer tiers: {@code /api/v1/tiers} and a client's tier under {@code /api/v1/clients/{id}/tier}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface TiersApi extends TierOperations {}
