package app.rapport.api.calendar;

import io.micronaut.http.client.annotation.Client;

/** The business calendars as a declarative client: {@code /api/v1}. Every call acts in the caller's tenant. */
@Client(id = "rapport-api", path = "/api/v1")
public interface CalendarApi extends CalendarOperations {}
