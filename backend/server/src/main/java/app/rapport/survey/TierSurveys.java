package app.rapport.survey;

import app.rapport.api.survey.SurveyTrigger;
import app.rapport.platform.TenantZone;
import app.rapport.platform.tenant.NightlyJob;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tier's relationship survey, once a night (04:30 the tenant's time): every client in the rule's tier whom the rule
 * has not invited within its months (in the tenant's calendar) is scheduled one, the night's date being the event, so
 * that a second run the same night schedules nothing. A client who moved into the tier is asked on the next night.
 */
@Singleton
class TierSurveys implements NightlyJob {
    private final SurveyRules rules;
    private final InvitationStore invitations;
    private final ScheduleSurveys schedule;
    private final JdbcOperations jdbc;
    private final TenantZone zone;
    private final Clock clock;
    private final LocalTime at;

    TierSurveys(
            SurveyRules rules,
            InvitationStore invitations,
            ScheduleSurveys schedule,
            JdbcOperations jdbc,
            TenantZone zone,
            Clock clock,
            @Value("${rapport.survey.nightly-at:`04:30`}") String at) {
        this.rules = rules;
        this.invitations = invitations;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.zone = zone;
        this.clock = clock;
        this.at = LocalTime.parse(at);
    }

    @Override
    public String name() {
        return "tier-surveys";
    }

    @Override
    public LocalTime at() {
        return at;
    }

    @Override
    @Transactional
    public String run() {
        Instant now = clock.instant();
        ZoneId tz = zone.current();
        String tonight = LocalDate.ofInstant(now, tz).toString();
        int scheduled = 0;
        List<SurveyRules.Rule> active = rules.active(SurveyTrigger.TIER_SCHEDULE);
        for (SurveyRules.Rule rule : active) {
            Map<String, Instant> last = invitations.lastByRule(rule.id());
            for (String client : clientsIn(rule.tierId())) {
                Instant before = last.get(client);
                boolean due = before == null
                        || !now.isBefore(
                                before.atZone(tz).plusMonths(rule.everyMonths()).toInstant());
                if (due && schedule.schedule(rule, client, tonight, now, null, null)) {
                    scheduled++;
                }
            }
        }
        return active.size() + " tier survey rules, " + scheduled + " invitations scheduled";
    }

    private List<String> clientsIn(String tierId) {
        return jdbc.prepareStatement("SELECT client_id FROM client_tier WHERE tier_id = ? ORDER BY client_id", st -> {
            st.setString(1, tierId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }
}
