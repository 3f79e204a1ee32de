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
import java.util.List;

/**
 * Customer tiers: settings, classification, the distribution and ranking, and a client's tier and pin.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface TierOperations {
    @Get("/tiers")
    HttpResponse<TierSettingsView> settings();

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
