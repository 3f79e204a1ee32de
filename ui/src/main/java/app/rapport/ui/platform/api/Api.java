package app.rapport.ui.platform.api;

import app.rapport.api.common.ProblemView;
import app.rapport.ui.platform.security.CurrentUser;
import io.micronaut.core.propagation.PropagatedContext;
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
        try (PropagatedContext.Scope ignored =
                PropagatedContext.getOrEmpty().plus(new BearerToken(token)).propagate()) {
            return call.get();
        } catch (HttpClientResponseException e) {
            ProblemView problem = e.getResponse()
                    .getBody(ProblemView.class)
                    .filter(p -> p.status() > 0)
                    .orElse(new ProblemView(
                            null, e.getStatus().getReason(), e.code(), e.getMessage(), null, "error", null));
            throw new ApiProblem(problem);
        } catch (HttpClientException e) {
            throw new ApiProblem(
                    new ProblemView(null, "Unavailable", 503, e.getMessage(), null, "api-unavailable", null));
        }
    }

    public void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
