package app.rapport.survey;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.survey.SurveySettings;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;

/** How the tenant asks ({@code survey_settings}, one row once saved; the defaults before that), versioned. */
@Singleton
class SettingsStore {
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    SettingsStore(JdbcOperations jdbc, AuditLog audit, Actor actor, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Connectable
    SurveySettings current() {
        return jdbc.prepareStatement(
                "SELECT suppression_days, expiry_days, follow_up_days, version FROM survey_settings WHERE id = 1",
                st -> {
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next()
                                ? new SurveySettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))
                                : SurveySettings.DEFAULTS;
                    }
                });
    }

    /** Saves over the version read (0: the defaults, never saved); 412 when another save came first. */
    @Transactional
    SurveySettings change(long ifMatch, SurveySettings write) {
        SurveySettings before = current();
        long expected = ifMatch == ETags.ANY ? before.version() : ifMatch;
        SurveySettings after =
                new SurveySettings(write.suppressionDays(), write.expiryDays(), write.followUpDays(), expected + 1);
        int changed = jdbc.prepareStatement(
                expected == 0
                        ? "INSERT IGNORE INTO survey_settings (suppression_days, expiry_days, follow_up_days, version,"
                                + " updated_at, updated_by, id) VALUES (?, ?, ?, ?, ?, ?, 1)"
                        : "UPDATE survey_settings SET suppression_days = ?, expiry_days = ?, follow_up_days = ?,"
                                + " version = ?, updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?",
                st -> {
                    st.setInt(1, after.suppressionDays());
                    st.setInt(2, after.expiryDays());
                    st.setInt(3, after.followUpDays());
                    st.setLong(4, after.version());
                    st.setTimestamp(5, Timestamp.from(clock.instant()));
                    st.setString(6, actor.name());
                    if (expected != 0) {
                        st.setLong(7, expected);
                    }
                    return st.executeUpdate();
                });
        if (changed != 1) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION, "the survey settings were changed meanwhile; read them again");
        }
        audit.record("UPDATE", "survey_settings", "1", before, after);
        return after;
    }
}
