package app.rapport.ui.platform.api;

import app.rapport.api.common.BearerToken;
import app.rapport.api.common.ProblemView;
import app.rapport.ui.platform.security.CurrentUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * Runs a call to the Rapport API as the signed-in user and turns its refusals into {@link ApiProblem}s. Views call
 * the declarative clients of {@code rapport-api} only through here.
 */
@Singleton
public class Api {
    private final CurrentUser currentUser;

    Api(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public <T> T call(Supplier<T> call) {
        String token = currentUser.require().accessToken();
        return checked(() -> BearerToken.as(token, call), true);
    }

    /**
     * A call nobody signs in for (the public survey form): its refusals become {@link ApiProblem}s the same way, and
     * a 401 is a refusal like any other.
     */
    public static <T> T anonymous(Supplier<T> call) {
        return checked(call, false);
    }

    private static <T> T checked(Supplier<T> call, boolean signedIn) {
        try {
            T result = call.get();
            if (result == null) {
                // a declarative client answers a 404 of a method that returns a body with null, not an exception
                throw new ApiProblem(new ProblemView(
                        null, "Not Found", 404, "the API found nothing there", null, "not-found", null, null));
            }
            if (signedIn && result instanceof HttpResponse<?> response && response.code() == 401) {
                throw new CurrentUser.SessionExpiredException();
            }
            if (result instanceof HttpResponse<?> response && response.code() >= 400) {
                // declarative clients answer a 404 with the response instead of throwing
                throw problem(response, response.reason());
            }
            return result;
        } catch (HttpClientResponseException e) {
            if (signedIn && e.code() == 401) {
                // the API no longer takes the login (expired, signed out elsewhere): the user signs in again
                throw new CurrentUser.SessionExpiredException();
            }
            throw problem(e.getResponse(), e.getMessage());
        } catch (HttpClientException e) {
            throw new ApiProblem(
                    new ProblemView(null, "Unavailable", 503, e.getMessage(), null, "api-unavailable", null, null));
        }
    }

    /** The body of a successful response. */
    public <T> T body(Supplier<HttpResponse<T>> call) {
        return call(call).body();
    }

    /** A call whose answer has no body worth keeping (suspend, delete). */
    public void run(Supplier<? extends HttpResponse<?>> call) {
        call(call);
    }

    /** The refusal {@code response} carries (its problem+json body, or one made of its status). */
    public static ApiProblem problem(HttpResponse<?> response, String message) {
        ProblemView problem = response.getBody(ProblemView.class)
                .filter(p -> p.status() > 0)
                .orElse(new ProblemView(null, response.reason(), response.code(), message, null, "error", null, null));
        return new ApiProblem(problem);
    }
}
