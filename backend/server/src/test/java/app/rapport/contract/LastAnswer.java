package app.rapport.contract;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the status and body of the last answer a typed client received: a declarative client turns a
 * 404 into {@code null} for a plain return type, and the contract test must still see which 404 it was.
 */
@ClientFilter(serviceId = "rapport-api")
final class LastAnswer {
    record Answer(int status, String body) {}

    // the filter runs on the client's event loop, not on the calling thread; the test calls one route at a time
    private static final AtomicReference<Answer> LAST = new AtomicReference<>();

    @ResponseFilter
    void keep(HttpResponse<?> response) {
        LAST.set(new Answer(response.code(), response.getBody(String.class).orElse("")));
    }

    /** An error status reaches the filter as the exception the client is about to throw. */
    @ResponseFilter
    void keep(HttpClientResponseException e) {
        LAST.set(new Answer(
                e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse("")));
    }

    static Answer take() {
        return LAST.getAndSet(null);
    }
}
