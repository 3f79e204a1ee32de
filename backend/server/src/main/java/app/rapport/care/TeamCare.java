package app.rapport.care;

import app.rapport.api.care.TeamView;
import app.rapport.api.common.FieldCode;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** The team's care: work closed in a period and open work now overdue, per owner and for the team. */
@Singleton
public class TeamCare {
    private final CareActionRepository actions;
    private final Clock clock;

    TeamCare(CareActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** Care work closed in the last {@code days} days (default 30, at most 366) and open work now overdue. */
    @Transactional
    public TeamView of(@Nullable Integer days) {
        int period = days == null ? 30 : days;
        if (period < 1 || period > 366) {
            throw ProblemException.badField("days", FieldCode.RANGE, "min", 1, "max", 366);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(period - 1L);
        TeamFigures.Result r = TeamFigures.of(
                actions.closedSince(from.atStartOfDay(clock.getZone()).toInstant()),
                actions.overdue(today),
                clock.getZone());
        return new TeamView(from, today, r.owners(), r.team());
    }
}
