package app.rapport.onetoone;

import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

/** Consumption patterns and the replenishment list. Everyone reads; account managers (and admins) set rates. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "one-to-one")
@SecurityRequirement(name = "bearer")
class ConsumptionController {
    private final Consumption consumption;

    ConsumptionController(Consumption consumption) {
        this.consumption = consumption;
    }

    @Get("/clients/{clientId}/consumption")
    @Operation(summary = "Per product: rate of use, how it was worked out, the predicted run-out day")
    List<ConsumptionView> ofClient(@PathVariable String clientId) {
        return consumption.ofClient(clientId);
    }

    @Put("/clients/{clientId}/consumption/{productId}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Enter a rate of use by hand (product units per day); it wins over the learned rate")
    ConsumptionView setRate(
            @PathVariable String clientId, @PathVariable String productId, @Body @Valid RateWrite rate) {
        return consumption.setRate(clientId, productId, rate.dailyRate());
    }

    @Delete("/clients/{clientId}/consumption/{productId}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Forget the rate entered by hand; the forecast goes back to the learned or typical rate")
    ConsumptionView clearRate(@PathVariable String clientId, @PathVariable String productId) {
        return consumption.clearRate(clientId, productId);
    }

    @Get("/replenishment")
    @Operation(
            summary = "Clients due to run out of a product within withinDays (default: the tenant's setting) or out "
                    + "for at most 30 days, soonest first")
    List<ReplenishmentItem> replenishment(@Nullable @QueryValue Integer withinDays) {
        return consumption.replenishment(withinDays);
    }
}
