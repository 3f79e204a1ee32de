package app.rapport.platform.tenant;

import static io.micronaut.http.HttpRequest.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.workspace.WorkspaceView;
import app.rapport.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Each user's workspace is their own tenant, by name: the token's claim decides, nothing in the request can. */
class WorkspaceTest extends ApiTest {

    @Test
    void a_harbour_user_is_in_the_harbour_hotel_workspace() {
        WorkspaceView w = read(send("harbour.staff", GET("/api/v1/workspace")), WorkspaceView.class);
        assertEquals(HARBOUR, w.slug());
        assertEquals("Harbour Hotel", w.displayName());
    }

    @Test
    void a_northwind_user_is_in_the_northwind_workspace_whatever_the_request_says() {
        var request = GET("/api/v1/workspace?tenant=" + HARBOUR).header("X-Tenant", HARBOUR);
        WorkspaceView w = read(send("northwind.manager", request), WorkspaceView.class);
        assertEquals(NORTHWIND, w.slug());
        assertEquals("Northwind Telecom", w.displayName());
    }
}
