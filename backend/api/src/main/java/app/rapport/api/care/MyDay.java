package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * One person's open care actions: overdue, due today, and due in the next seven days — their own and the ones
 * without an owner that wait for their role.
 */
@Serdeable
public record MyDay(
        LocalDate today,
        List<CareActionView> overdue,
        List<CareActionView> dueToday,
        List<CareActionView> nextSevenDays) {}
