package app.rapport.api.tier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;

/** Customer tiers: {@code /api/v1/tiers} and a client's tier under {@code /api/v1/clients/{id}/tier}. */
@Client(id = "rapport-api", path = "/api/v1")
public interface TiersApi {
    @Get("/tiers")
    TierSettingsView settings();

    @Put("/tiers")
    HttpResponse<TierSettingsView> configure(@Header("If-Match") String ifMatch, @Body TierSettingsWrite settings);

    @Post("/tiers/classifications")
    HttpResponse<ClassificationResult> classify();

    @Get("/tiers/distribution")
    TierDistribution distribution();

    @Get("/tiers/ranking")
    List<RankedClient> ranking(@Nullable @QueryValue String measure, @Nullable @QueryValue Integer limit);

    @Get("/clients/{clientId}/tier")
    HttpResponse<ClientTierView> ofClient(@PathVariable String clientId);

    @Put("/clients/{clientId}/tier/pin")
    HttpResponse<ClientTierView> pin(@PathVariable String clientId, @Body TierPin pin);

    @Delete("/clients/{clientId}/tier/pin")
    HttpResponse<ClientTierView> unpin(@PathVariable String clientId);
}
