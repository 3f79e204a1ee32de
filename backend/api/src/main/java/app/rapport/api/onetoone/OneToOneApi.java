package app.rapport.api.onetoone;

import app.rapport.api.client.ClientView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import java.util.List;

/** One-to-one records under {@code /api/v1/clients/{id}/…}, plus offer statistics and the replenishment list. */
@Client(id = "rapport-api", path = "/api/v1")
public interface OneToOneApi {
    @Get("/clients/{clientId}/facts")
    List<FactView> facts(@PathVariable String clientId);

    @Post("/clients/{clientId}/facts")
    HttpResponse<FactView> addFact(@PathVariable String clientId, @Body FactWrite fact);

    @Put("/clients/{clientId}/facts/{id}")
    HttpResponse<FactView> changeFact(@PathVariable String clientId, @PathVariable String id, @Body FactWrite fact);

    @Delete("/clients/{clientId}/facts/{id}")
    HttpResponse<Void> removeFact(@PathVariable String clientId, @PathVariable String id);

    @Get("/clients/{clientId}/needs")
    List<NeedView> needs(@PathVariable String clientId);

    @Post("/clients/{clientId}/needs")
    HttpResponse<NeedView> addNeed(@PathVariable String clientId, @Body NeedWrite need);

    @Put("/clients/{clientId}/needs/{id}")
    HttpResponse<NeedView> changeNeed(@PathVariable String clientId, @PathVariable String id, @Body NeedWrite need);

    @Get("/clients/{clientId}/interactions")
    List<InteractionView> interactions(
            @PathVariable String clientId,
            @Nullable @QueryValue String channel,
            @Nullable @QueryValue String direction,
            @Nullable @QueryValue String q);

    @Post("/clients/{clientId}/interactions")
    HttpResponse<InteractionView> addInteraction(@PathVariable String clientId, @Body InteractionWrite interaction);

    @Get("/clients/{clientId}/offers")
    List<OfferView> offers(@PathVariable String clientId);

    @Post("/clients/{clientId}/offers")
    HttpResponse<OfferView> propose(@PathVariable String clientId, @Body OfferWrite offer);

    @Put("/clients/{clientId}/offers/{id}/answer")
    HttpResponse<OfferView> answer(@PathVariable String clientId, @PathVariable String id, @Body OfferAnswer answer);

    @Get("/offers/acceptance")
    List<OfferKindStats> acceptance();

    @Get("/clients/{clientId}/consumption")
    List<ConsumptionView> consumption(@PathVariable String clientId);

    @Put("/clients/{clientId}/consumption/{productId}")
    HttpResponse<ConsumptionView> setRate(
            @PathVariable String clientId, @PathVariable String productId, @Body RateWrite rate);

    @Delete("/clients/{clientId}/consumption/{productId}")
    HttpResponse<ConsumptionView> clearRate(@PathVariable String clientId, @PathVariable String productId);

    @Get("/replenishment")
    List<ReplenishmentItem> replenishment(@Nullable @QueryValue Integer withinDays);

    @Get("/clients/{clientId}/personal-data")
    HttpResponse<PersonalData> personalData(@PathVariable String clientId);

    /** The same export as JSON text, for saving as a file. */
    @Get("/clients/{clientId}/personal-data")
    HttpResponse<String> personalDataJson(@PathVariable String clientId);

    /** The same export as readable text (the client asks for text/plain: the route produces nothing else). */
    @Get(value = "/clients/{clientId}/personal-data.txt", consumes = MediaType.TEXT_PLAIN)
    HttpResponse<String> personalDataText(@PathVariable String clientId, @Nullable @QueryValue String lang);

    @Post("/clients/{clientId}/erasure")
    HttpResponse<ClientView> erase(@PathVariable String clientId);
}
