package app.rapport.ui.support;

import app.rapport.api.sla.SlaApi;
import app.rapport.api.sla.SlaPolicyView;
import app.rapport.api.sla.SlaPolicyWrite;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Service-level policies in memory: none until set, a new version per save (412 when stale), a tier's own over the workspace's. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(SlaApi.class)
public class InMemorySla implements SlaApi {
    private final Map<String, SlaPolicyView> stored = new HashMap<>();

    public synchronized SlaPolicyView stored(String scope) {
        return stored.get(scope);
    }

    private SlaPolicyView of(String scope, String tierId) {
        SlaPolicyView own = stored.get(scope);
        if (own != null) {
            return own;
        }
        SlaPolicyView tenant = stored.get("tenant");
        return tierId == null
                ? new SlaPolicyView(null, false, 0, List.of(), null, null)
                : new SlaPolicyView(tierId, true, 0, tenant == null ? List.of() : tenant.targets(), null, null);
    }

    private HttpResponse<SlaPolicyView> set(String scope, String tierId, String ifMatch, SlaPolicyWrite w) {
        SlaPolicyView now = stored.get(scope);
        long version = now == null ? 0 : now.version();
        if (!("\"" + version + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        SlaPolicyView saved = new SlaPolicyView(tierId, false, version + 1, w.targets(), Instant.now(), "root");
        stored.put(scope, saved);
        return HttpResponse.ok(saved);
    }

    @Override
    public synchronized HttpResponse<SlaPolicyView> policy() {
        return HttpResponse.ok(of("tenant", null));
    }

    @Override
    public synchronized HttpResponse<SlaPolicyView> setPolicy(String ifMatch, SlaPolicyWrite policy) {
        return set("tenant", null, ifMatch, policy);
    }

    @Override
    public synchronized HttpResponse<SlaPolicyView> tierPolicy(String tierId) {
        return HttpResponse.ok(of(tierId, tierId));
    }

    @Override
    public synchronized HttpResponse<SlaPolicyView> setTierPolicy(
            String tierId, String ifMatch, SlaPolicyWrite policy) {
        return set(tierId, tierId, ifMatch, policy);
    }

    @Override
    public synchronized HttpResponse<SlaPolicyView> removeTierPolicy(String tierId) {
        stored.remove(tierId);
        return HttpResponse.ok(of(tierId, tierId));
    }
}
