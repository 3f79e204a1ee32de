package app.rapport.api.common;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import java.util.function.Supplier;

/**
 * The access token a call through the typed clients is made with, carried in Micronaut's propagated context and
 * added to each request by {@link BearerTokenFilter}. Every caller of the API — the UI, the server's tests, the
 * benchmarks and the demo loader — calls as someone through {@link #as}.
 */
public record BearerToken(String value) implements PropagatedContextElement {

    /** Runs {@code call} with every request of the typed clients carrying {@code token}. */
    public static <T> T as(String token, Supplier<T> call) {
        try (PropagatedContext.Scope ignored =
                PropagatedContext.getOrEmpty().plus(new BearerToken(token)).propagate()) {
            return call.get();
        }
    }
}
