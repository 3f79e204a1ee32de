package app.rapport.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "A care action is done on time when it is closed on or before its due day, in the tenant's own calendar." */
public final class OnTimePolicy {
    private OnTimePolicy() {}

    public static boolean onTime(Instant closedAt, LocalDate dueOn, ZoneId tenantZone) {
        return !closedAt.atZone(tenantZone).toLocalDate().isAfter(dueOn);
    }
}
