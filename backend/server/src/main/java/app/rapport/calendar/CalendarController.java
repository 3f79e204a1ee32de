package app.rapport.calendar;

import app.rapport.api.calendar.CalendarOperations;
import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Business calendars: everyone in the tenant reads them (deadlines are shown to all); only admins set them. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "calendar")
@SecurityRequirement(name = "bearer")
class CalendarController implements CalendarOperations {
    private final Calendars calendars;

    CalendarController(Calendars calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "The tenant's business calendar (round the clock until an admin sets one)")
    @Override
    public HttpResponse<CalendarView> calendar() {
        return tagged(calendars.tenant());
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Replace the tenant's business calendar; send the ETag you read as If-Match (412 when stale)")
    @Override
    public HttpResponse<CalendarView> setCalendar(@Nullable String ifMatch, @Valid CalendarWrite calendar) {
        return tagged(calendars.set(null, ETags.required(ifMatch, "calendar"), calendar));
    }

    @Operation(summary = "A tier's business calendar: its own, or the tenant's (inherited)")
    @Override
    public HttpResponse<CalendarView> tierCalendar(String tierId) {
        return tagged(calendars.ofTier(tierId));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Give a tier a calendar of its own; If-Match as read (0 while it inherits)")
    @Override
    public HttpResponse<CalendarView> setTierCalendar(
            String tierId, @Nullable String ifMatch, @Valid CalendarWrite calendar) {
        return tagged(calendars.set(tierId, ETags.required(ifMatch, "calendar"), calendar));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "The tier goes back to the tenant's calendar")
    @Override
    public HttpResponse<CalendarView> removeTierCalendar(String tierId) {
        return tagged(calendars.removeTier(tierId));
    }

    private static HttpResponse<CalendarView> tagged(CalendarView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
