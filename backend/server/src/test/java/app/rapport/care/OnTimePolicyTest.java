package app.rapport.care;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** "A care action is done on time when it is closed on or before its due day, in the tenant's own calendar." */
class OnTimePolicyTest {
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void closed_at_one_in_the_morning_in_shanghai_after_the_due_day_is_late_though_it_is_still_that_day_in_utc() {
        assertFalse(OnTimePolicy.onTime(Instant.parse("2026-12-01T17:00:00Z"), DUE, SHANGHAI));
        assertTrue(OnTimePolicy.onTime(Instant.parse("2026-12-01T17:00:00Z"), DUE, ZoneId.of("UTC")));
    }

    @Test
    void closed_late_in_the_evening_of_the_due_day_in_shanghai_is_on_time_though_utc_is_earlier() {
        assertTrue(OnTimePolicy.onTime(Instant.parse("2026-12-01T15:59:59Z"), DUE, SHANGHAI));
    }
}
