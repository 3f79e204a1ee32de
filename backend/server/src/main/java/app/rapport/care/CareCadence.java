package app.rapport.care;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.common.ServiceLevel;
import app.rapport.platform.security.Roles;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A tier's care cadence as a recurring check-in: every classified client has one open CADENCE check-in. It falls
 * due {@code careCadenceDays} after the last contact (touchpoint or completed care action) — today at the
 * earliest — or, with no contact yet, that many days from today. When done or skipped, the next one follows.
 */
@Singleton
public class CareCadence {
    private final CadenceRepository cadences;
    private final CareActionRepository actions;
    private final TouchpointRepository touchpoints;
    private final CareActions careActions;
    private final Clock clock;

    CareCadence(
            CadenceRepository cadences,
            CareActionRepository actions,
            TouchpointRepository touchpoints,
            CareActions careActions,
            Clock clock) {
        this.cadences = cadences;
        this.actions = actions;
        this.touchpoints = touchpoints;
        this.careActions = careActions;
        this.clock = clock;
    }

    /** Plans the missing check-ins; returns how many. */
    @Transactional
    public int scheduleMissing() {
        LocalDate today = LocalDate.now(clock);
        Set<String> planned = new HashSet<>(actions.clientsWithOpenCadence());
        Map<String, Instant> lastContact = new HashMap<>();
        touchpoints.lastTouchpoints().forEach(l -> lastContact.merge(l.clientId(), l.at(), CareCadence::later));
        actions.lastDone().forEach(l -> lastContact.merge(l.clientId(), l.at(), CareCadence::later));
        int n = 0;
        for (CadenceRow c : cadences.all()) {
            if (planned.contains(c.clientId())) {
                continue;
            }
            Instant last = lastContact.get(c.clientId());
            LocalDate due = nextDue(
                    last == null ? null : last.atZone(clock.getZone()).toLocalDate(), c.careCadenceDays(), today);
            careActions.schedule(
                    new CareActions.Plan(
                            c.clientId(),
                            CareKind.CHECK_IN,
                            c.tierName(),
                            null,
                            due,
                            Roles.tenantRoleName(Roles.ACCOUNT_MANAGER),
                            CareSource.CADENCE,
                            c.tierId(),
                            null,
                            c.careCadenceDays(),
                            ServiceLevel.EXPECTED),
                    null);
            n++;
        }
        return n;
    }

    static LocalDate nextDue(LocalDate lastContact, int cadenceDays, LocalDate today) {
        if (lastContact == null) {
            return today.plusDays(cadenceDays);
        }
        LocalDate due = lastContact.plusDays(cadenceDays);
        return due.isBefore(today) ? today : due;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
