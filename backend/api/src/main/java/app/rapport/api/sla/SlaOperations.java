package app.rapport.api.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;

/**
 * Service-level policies under {@code /api/v1}: the workspace's ({@code /sla-policy}) and a tier's own, which overrides
 * it ({@code /tiers/{tierId}/sla-policy}).
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface SlaOperations {
    @Get("/sla-policy")
    HttpResponse<SlaPolicyView> policy();

    @Put("/sla-policy")
    HttpResponse<SlaPolicyView> setPolicy(@Nullable @Header("If-Match") String ifMatch, @Body SlaPolicyWrite policy);

    @Get("/tiers/{tierId}/sla-policy")
    HttpResponse<SlaPolicyView> tierPolicy(@PathVariable String tierId);

    @Put("/tiers/{tierId}/sla-policy")
    HttpResponse<SlaPolicyView> setTierPolicy(
            @PathVariable String tierId, @Nullable @Header("If-Match") String ifMatch, @Body SlaPolicyWrite policy);

    @Delete("/tiers/{tierId}/sla-policy")
    HttpResponse<SlaPolicyView> removeTierPolicy(@PathVariable String tierId);
}
