package app.rapport.api.common;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/** Adds the caller's bearer token ({@link BearerToken#as}) to every request of the typed clients. */
@ClientFilter(serviceId = "rapport-api")
final class BearerTokenFilter {
    @RequestFilter
    void authorize(MutableHttpRequest<?> request) {
        PropagatedContext.getOrEmpty().find(BearerToken.class).ifPresent(t -> request.bearerAuth(t.value()));
    }
}
