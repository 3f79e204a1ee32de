package app.rapport.onetoone;

import app.rapport.api.common.PageView;
import app.rapport.api.onetoone.ConsumptionOperations;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
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
class ConsumptionController implements ConsumptionOperations {
    private final Consumption consumption;

    ConsumptionController(Consumption consumption) {
        this.consumption = consumption;
    }

    @Operation(summary = "Per product: rate of use, how it was worked out, the predicted run-out day")
    @Override
    public List<ConsumptionView> consumption(String clientId) {
        return consumption.ofClient(clientId);
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Enter a rate of use by hand (product units per day); it wins over the learned rate")
    @Override
    public HttpResponse<ConsumptionView> setRate(String clientId, String productId, @Valid RateWrite rate) {
        return HttpResponse.ok(consumption.setRate(clientId, productId, rate.dailyRate()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Forget the rate entered by hand; the forecast goes back to the learned or typical rate")
    @Override
    public HttpResponse<ConsumptionView> clearRate(String clientId, String productId) {
        return HttpResponse.ok(consumption.clearRate(clientId, productId));
    }

    @Operation(
            summary = "Clients due to run out of a product within withinDays (default: the tenant's setting) or out "
                    + "for at most 30 days, soonest first; paged")
    @Override
    public PageView<ReplenishmentItem> replenishment(
            @Nullable Integer withinDays, @Nullable Integer page, @Nullable Integer size) {
        return Items.page(consumption.replenishment(withinDays), Paging.of(page, size, 200));
    }
}
