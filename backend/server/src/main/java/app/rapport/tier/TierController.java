package app.rapport.tier;

import app.rapport.api.common.FieldCode;
import app.rapport.api.tier.ClassificationResult;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierDistribution;
import app.rapport.api.tier.TierOperations;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import java.util.Locale;

/** Customer tiers. Everyone sees them; tenant admins configure and classify; account managers pin. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "tiers")
@SecurityRequirement(name = "bearer")
class TierController implements TierOperations {
    private final Tiers tiers;
    private final ClassifyTiers classify;
    private final PinTier pins;

    TierController(Tiers tiers, ClassifyTiers classify, PinTier pins) {
        this.tiers = tiers;
        this.classify = classify;
        this.pins = pins;
    }

    @Operation(summary = "The tenant's tiers (most valuable first), classification method and replenishment horizon")
    @Override
    public HttpResponse<TierSettingsView> settings() {
        TierSettingsView view = tiers.settings();
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Replace the tier configuration; send the ETag you read as If-Match (412 when stale)")
    @Override
    public HttpResponse<TierSettingsView> configure(@Nullable String ifMatch, @Valid TierSettingsWrite settings) {
        TierSettingsView view = tiers.configure(ETags.required(ifMatch, "tier settings"), settings);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Classify every client now (the same run happens nightly); pinned clients are skipped")
    @Override
    public HttpResponse<ClassificationResult> classify() {
        return HttpResponse.ok(classify.run());
    }

    @Operation(summary = "Clients, revenue and margin per tier over the trailing 12 months, with shares in percent")
    @Override
    public TierDistribution distribution() {
        return tiers.distribution();
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER}) // one client's revenue and margin are not service staff's
    @Operation(summary = "The most valuable clients over the trailing 12 months by REVENUE (default) or MARGIN")
    @Override
    public List<RankedClient> ranking(@Nullable String measure, @Nullable Integer limit) {
        ValueMeasure m;
        try {
            m = measure == null ? ValueMeasure.REVENUE : ValueMeasure.valueOf(measure.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("measure", FieldCode.ONE_OF, "allowed", List.of("REVENUE", "MARGIN"));
        }
        int l = limit == null ? 20 : limit;
        if (l < 1 || l > 200) {
            throw ProblemException.badField("limit", FieldCode.RANGE, "min", 1, "max", 200);
        }
        return tiers.ranking(m, l);
    }

    @Operation(summary = "A client's tier, entitlements, pin, trailing-12-month value and tier history")
    @Override
    public HttpResponse<ClientTierView> ofClient(String clientId) {
        return HttpResponse.ok(tiers.ofClient(clientId));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Pin a client's tier by hand, with a mandatory reason and an expiry day")
    @Override
    public HttpResponse<ClientTierView> pin(String clientId, @Valid TierPin pin) {
        return HttpResponse.ok(pins.pin(clientId, pin));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<ClientTierView> unpin(String clientId) {
        return HttpResponse.ok(pins.unpin(clientId));
    }
}
