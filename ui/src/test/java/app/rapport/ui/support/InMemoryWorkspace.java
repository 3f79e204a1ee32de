package app.rapport.ui.support;

import app.rapport.api.common.ProblemView;
import app.rapport.api.operator.TenantLocale;
import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Map;

/** The workspace API for view tests: the signed-in user's tenant by name, as the backend answers it. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(WorkspaceApi.class)
public class InMemoryWorkspace implements WorkspaceApi {
    private static final Map<String, String> NAMES =
            Map.of("harbour-hotel", "Harbour Hotel", "northwind-telecom", "Northwind Telecom");
    private final CurrentUser currentUser;
    /** The view tests' workspace clock: Shanghai, eight hours ahead of the UTC of a test machine. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private TenantLocale locale = new TenantLocale(ZONE.getId(), "CNY", "en");

    /** The workspace's clock, money and language as a test needs them (no signed-in user required). */
    public synchronized void setLocale(TenantLocale l) {
        locale = l;
    }

    InMemoryWorkspace(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public synchronized WorkspaceView changeLocale(TenantLocale changed) {
        locale = changed;
        return workspace();
    }

    @Override
    public synchronized WorkspaceView workspace() {
        SignedInUser user = currentUser.require();
        String name = NAMES.get(user.tenant());
        if (name == null) {
            throw new HttpClientResponseException(
                    "Forbidden",
                    HttpResponse.status(HttpStatus.FORBIDDEN)
                            .body(new ProblemView(
                                    null, "Forbidden", 403, "unknown tenant", null, "unknown-tenant", null, null)));
        }
        return new WorkspaceView(user.tenant(), name, locale);
    }
}
