package app.rapport.sla;

import app.rapport.api.sla.SlaOperations;
import app.rapport.api.sla.SlaPolicyView;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
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

/** Service-level policies: everyone in the tenant reads them (deadlines are shown to all); only admins set them. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "complaints")
@SecurityRequirement(name = "bearer")
class SlaController implements SlaOperations {
    private final SlaPolicies policies;

    SlaController(SlaPolicies policies) {
        this.policies = policies;
    }

    @Operation(summary = "The workspace's service-level policy (version 0: none set, nothing measured)")
    @Override
    public HttpResponse<SlaPolicyView> policy() {
        return tagged(policies.tenant());
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Save a new version of the workspace's policy; If-Match the version read (412 when stale)")
    @Override
    public HttpResponse<SlaPolicyView> setPolicy(@Nullable String ifMatch, @Valid SlaPolicyWrite policy) {
        return tagged(policies.set(null, ETags.required(ifMatch, "policy"), policy));
    }

    @Operation(summary = "A tier's service-level policy: its own, or the workspace's (inherited)")
    @Override
    public HttpResponse<SlaPolicyView> tierPolicy(String tierId) {
        return tagged(policies.ofTier(tierId));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Save a new version of a tier's own policy; If-Match as read (0 while it inherits)")
    @Override
    public HttpResponse<SlaPolicyView> setTierPolicy(
            String tierId, @Nullable String ifMatch, @Valid SlaPolicyWrite policy) {
        return tagged(policies.set(tierId, ETags.required(ifMatch, "policy"), policy));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "The tier goes back to the workspace's policy (complaints keep the version they started with)")
    @Override
    public HttpResponse<SlaPolicyView> removeTierPolicy(String tierId) {
        return tagged(policies.removeTier(tierId));
    }

    private static HttpResponse<SlaPolicyView> tagged(SlaPolicyView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
