package app.rapport.api.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;

/**
 * A client's one-to-one record under {@code /api/v1/clients/{id}/…}: facts, needs, dialogue, offers.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface OneToOneOperations {
    @Get("/clients/{clientId}/facts")
    List<FactView> facts(@PathVariable String clientId);

    /** One fact: where the Location of a new fact points. */
    @Get("/clients/{clientId}/facts/{id}")
    FactView fact(@PathVariable String clientId, @PathVariable String id);

    @Post("/clients/{clientId}/facts")
    HttpResponse<FactView> addFact(@PathVariable String clientId, @Body FactWrite fact);

    @Put("/clients/{clientId}/facts/{id}")
    HttpResponse<FactView> changeFact(@PathVariable String clientId, @PathVariable String id, @Body FactWrite fact);

    @Delete("/clients/{clientId}/facts/{id}")
    HttpResponse<Void> removeFact(@PathVariable String clientId, @PathVariable String id);

    @Get("/clients/{clientId}/needs")
    List<NeedView> needs(@PathVariable String clientId);

    @Get("/clients/{clientId}/needs/{id}")
    NeedView need(@PathVariable String clientId, @PathVariable String id);

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

    @Get("/clients/{clientId}/interactions/{id}")
    InteractionView interaction(@PathVariable String clientId, @PathVariable String id);

    @Post("/clients/{clientId}/interactions")
    HttpResponse<InteractionView> addInteraction(@PathVariable String clientId, @Body InteractionWrite interaction);

    @Get("/clients/{clientId}/offers")
    List<OfferView> offers(@PathVariable String clientId);

    @Get("/clients/{clientId}/offers/{id}")
    OfferView offer(@PathVariable String clientId, @PathVariable String id);

    @Post("/clients/{clientId}/offers")
    HttpResponse<OfferView> propose(@PathVariable String clientId, @Body OfferWrite offer);

    @Put("/clients/{clientId}/offers/{id}/answer")
    HttpResponse<OfferView> answer(@PathVariable String clientId, @PathVariable String id, @Body OfferAnswer answer);

    @Get("/offers/acceptance")
    List<OfferKindStats> acceptance();
}
