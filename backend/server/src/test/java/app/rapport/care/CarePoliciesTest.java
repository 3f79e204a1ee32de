package app.rapport.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.OwnerStats;
import app.rapport.api.common.ServiceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the team figures, the close rule and the care cadence. */
class CarePoliciesTest {
    private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

    private static CareActionRow action(String owner, CareStatus status, String closedOn, ServiceLevel level) {
        return new CareActionRow(
                "id",
                "client",
                CareKind.CALL,
                "t",
                null,
                DUE,
                owner,
                "ACCOUNT_MANAGER",
                CareSource.MANUAL,
                null,
                null,
                null,
                status,
                null,
                level,
                null,
                null,
                closedOn == null ? null : Instant.parse(closedOn + "T23:30:00Z"),
                owner == null ? "sam" : owner,
                Instant.parse("2026-11-01T00:00:00Z"),
                "x");
    }

    @Test
    void on_time_rate_and_surprise_share_per_owner_and_for_the_team() {
        List<CareActionRow> closed = List.of(
                action("ann", CareStatus.DONE, "2026-11-09", ServiceLevel.SURPRISE),
                action("ann", CareStatus.DONE, "2026-11-10", ServiceLevel.EXPECTED), // due day, late evening: on time
                action("ann", CareStatus.DONE, "2026-11-10", ServiceLevel.BASIC),
                action("ann", CareStatus.DONE, "2026-11-11", ServiceLevel.EXPECTED), // a day late
                action("ann", CareStatus.SKIPPED, "2026-11-08", null),
                action(null, CareStatus.DONE, "2026-11-12", ServiceLevel.SURPRISE)); // unowned: counts for sam
        List<CareActionRow> overdue = List.of(action("bob", CareStatus.PLANNED, null, null));
        TeamFigures.Result r = TeamFigures.of(closed, overdue, java.time.ZoneOffset.UTC);
        assertEquals(
                List.of("ann", "bob", "sam"),
                r.owners().stream().map(OwnerStats::owner).toList());
        OwnerStats ann = r.owners().get(0);
        assertEquals(4, ann.done());
        assertEquals(3, ann.onTime());
        assertEquals(new BigDecimal("0.750"), ann.onTimeRate());
        assertEquals(1, ann.skipped());
        assertEquals(new BigDecimal("0.250"), ann.surpriseShare());
        OwnerStats bob = r.owners().get(1);
        assertEquals(1, bob.openOverdue());
        assertNull(bob.onTimeRate());
        assertEquals(new BigDecimal("0.000"), r.owners().get(2).onTimeRate());
        assertEquals(5, r.team().done());
        assertEquals(new BigDecimal("0.600"), r.team().onTimeRate());
        assertEquals(new BigDecimal("0.400"), r.team().surpriseShare());
        assertNull(r.team().owner());
    }

    @Test
    void staff_close_their_own_and_the_staff_queue_managers_and_admins_any() {
        assertTrue(CloseRule.mayClose("lee", "SERVICE_STAFF", "lee", "SERVICE_STAFF"));
        assertTrue(CloseRule.mayClose(null, "SERVICE_STAFF", "lee", "SERVICE_STAFF"));
        assertFalse(CloseRule.mayClose("amy", "ACCOUNT_MANAGER", "lee", "SERVICE_STAFF"));
        assertFalse(CloseRule.mayClose(null, "ACCOUNT_MANAGER", "lee", "SERVICE_STAFF"));
        assertTrue(CloseRule.mayClose("lee", "SERVICE_STAFF", "amy", "ACCOUNT_MANAGER"));
        assertTrue(CloseRule.mayClose("amy", "ACCOUNT_MANAGER", "root", "TENANT_ADMIN"));
    }

    @Test
    void the_next_check_in_follows_the_last_contact_by_the_cadence_but_never_before_today() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(LocalDate.of(2026, 12, 2), CareCadence.nextDue(LocalDate.of(2026, 11, 2), 30, today));
        assertEquals(today, CareCadence.nextDue(LocalDate.of(2026, 9, 1), 30, today));
        assertEquals(LocalDate.of(2026, 12, 22), CareCadence.nextDue(null, 30, today));
    }
}
