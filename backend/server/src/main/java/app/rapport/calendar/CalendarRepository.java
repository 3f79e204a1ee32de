package app.rapport.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarRepository extends CrudRepository<CalendarRow, String> {
    /** Replaces the calendar if it is still at {@code expected}; 0 when someone saved in between. */
    @Query("UPDATE business_calendar SET definition = :definition, version = :expected + 1, updated_at = :at,"
            + " updated_by = :by WHERE scope = :scope AND version = :expected")
    int replace(String scope, long expected, String definition, Instant at, String by);
}
