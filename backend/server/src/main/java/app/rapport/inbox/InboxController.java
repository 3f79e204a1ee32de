package app.rapport.inbox;

import app.rapport.api.inbox.InboxOperations;
import app.rapport.api.inbox.InboxView;
import app.rapport.api.inbox.NoticeView;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reader's inbox: every member of a tenant has one and sees only their own. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "inbox")
@SecurityRequirement(name = "bearer")
class InboxController implements InboxOperations {
    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "My notices, newest first, and how many are unread")
    @Override
    public InboxView inbox(@Nullable Integer page, @Nullable Integer size) {
        Paging p = Paging.of(page, size, 200);
        return inbox.page(p.page(), p.size());
    }

    @Operation(summary = "Mark one of my notices read")
    @Override
    public HttpResponse<NoticeView> read(String id) {
        return HttpResponse.ok(inbox.read(id));
    }

    @Operation(summary = "Mark all my notices read")
    @Override
    public HttpResponse<InboxView> readAll() {
        return HttpResponse.ok(inbox.readAll(Paging.DEFAULT_SIZE));
    }
}
