package app.rapport.api.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;

/**
 * Business calendars under {@code /api/v1}: the tenant's ({@code /calendar}) and a tier's own, which overrides it
 * ({@code /tiers/{tierId}/calendar}). Every call acts in the caller's tenant.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface CalendarOperations {
    @Get("/calendar")
    HttpResponse<CalendarView> calendar();

    @Put("/calendar")
    HttpResponse<CalendarView> setCalendar(@Nullable @Header("If-Match") String ifMatch, @Body CalendarWrite calendar);

    @Get("/tiers/{tierId}/calendar")
    HttpResponse<CalendarView> tierCalendar(@PathVariable String tierId);

    @Put("/tiers/{tierId}/calendar")
    HttpResponse<CalendarView> setTierCalendar(
            @PathVariable String tierId, @Nullable @Header("If-Match") String ifMatch, @Body CalendarWrite calendar);

    @Delete("/tiers/{tierId}/calendar")
    HttpResponse<CalendarView> removeTierCalendar(@PathVariable String tierId);
}
