package app.rapport.api.onetoone;

import app.rapport.api.common.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;

/**
 * Consumption rates, run-out forecasts and the replenishment list.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface ConsumptionOperations {

    @Get("/clients/{clientId}/consumption")
    List<ConsumptionView> consumption(@PathVariable String clientId);

    @Put("/clients/{clientId}/consumption/{productId}")
    HttpResponse<ConsumptionView> setRate(
            @PathVariable String clientId, @PathVariable String productId, @Body RateWrite rate);

    @Delete("/clients/{clientId}/consumption/{productId}")
    HttpResponse<ConsumptionView> clearRate(@PathVariable String clientId, @PathVariable String productId);

    @Get("/replenishment")
    PageView<ReplenishmentItem> replenishment(
            @Nullable @QueryValue Integer withinDays,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size);
}
