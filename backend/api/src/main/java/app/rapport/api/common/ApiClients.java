package app.rapport.api.common;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The typed clients of one running Rapport API for a program that is not a Micronaut application of its own — the
 * demo loader, the benchmarks' setup, the browser journeys' setup: {@code get(ClientsApi.class)} and so on, each call
 * made as someone through {@link BearerToken#as}. The caller brings an HTTP client implementation.
 */
public final class ApiClients implements AutoCloseable {
    private final ApplicationContext context;

    private ApiClients(ApplicationContext context) {
        this.context = context;
    }

    /** The clients of the API at {@code apiUrl} (no {@code /api/v1}), waiting up to {@code readTimeout} for answers. */
    public static ApiClients at(String apiUrl, Duration readTimeout) {
        return new ApiClients(ApplicationContext.run(Map.of(
                "micronaut.http.services.rapport-api.url",
                apiUrl,
                "micronaut.http.services.rapport-api.read-timeout",
                readTimeout.toSeconds() + "s")));
    }

    /** The typed client of one part of the contract, e.g. {@code ClientsApi.class}. */
    public <T> T get(Class<T> api) {
        return context.getBean(api);
    }

    /** A bean of the clients' context other than a client (its JSON mapper, say). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Calls the typed clients as the holder of {@code token}; a refusal — thrown, or an error response a client method
     * that answers {@code HttpResponse} hands back — becomes a {@link Refused} with its status and problem document.
     */
    public static <T> T as(String token, Supplier<T> call) {
        try {
            T result = BearerToken.as(token, call);
            if (result instanceof HttpResponse<?> r && r.code() >= 400) {
                throw new Refused(r.code(), r.getBody(String.class).orElse(""));
            }
            return result;
        } catch (HttpClientResponseException e) {
            throw new Refused(e.code(), e.getResponse().getBody(String.class).orElse(e.getMessage()));
        }
    }

    /** The API said no: its status and the problem document it sent. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String body) {
            super(status + " " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
