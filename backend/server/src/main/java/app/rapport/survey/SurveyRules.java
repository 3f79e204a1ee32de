package app.rapport.survey;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.survey.RuleView;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's survey rules ({@code survey_rule}), versioned: which event invites a client to which instrument, and
 * how many hours later, each write checked by {@link RulePolicy}. Removing a rule cancels nothing already scheduled
 * by it.
 */
@Singleton
class SurveyRules {
    private static final String COLUMNS = "r.id, r.trigger_kind, r.instrument_id, r.care_kind, r.step_id, r.tier_id,"
            + " r.every_months, r.delay_hours, r.active, r.version, r.updated_at, r.updated_by,"
            + " (SELECT COUNT(*) FROM survey_invitation i WHERE i.rule_id = r.id)";

    /** A stored rule, as the triggers read it. */
    @io.micronaut.serde.annotation.Serdeable
    record Rule(
            String id,
            SurveyTrigger trigger,
            String instrumentId,
            CareKind careKind,
            String stepId,
            String tierId,
            Integer everyMonths,
            int delayHours,
            boolean active,
            long version,
            Instant updatedAt,
            String updatedBy,
            int invited) {}

    private final JdbcOperations jdbc;
    private final Instruments instruments;
    private final RulePolicy policy;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    SurveyRules(
            JdbcOperations jdbc, Instruments instruments, RulePolicy policy, AuditLog audit, Actor actor, Clock clock) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.policy = policy;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Connectable
    List<RuleView> list() {
        List<Rule> rules = select(
                "SELECT " + COLUMNS + " FROM survey_rule r ORDER BY r.trigger_kind, r.updated_at, r.id", st -> {});
        return rules.stream().map(this::view).toList();
    }

    @Connectable
    Optional<RuleView> view(String id) {
        return one(id).map(this::view);
    }

    /** The active rules of {@code trigger}, as an event looks them up. */
    List<Rule> active(SurveyTrigger trigger) {
        return select(
                "SELECT " + COLUMNS + " FROM survey_rule r WHERE r.trigger_kind = ? AND r.active = TRUE ORDER BY r.id",
                st -> st.setString(1, trigger.name()));
    }

    @Transactional
    RuleView add(RuleWrite write) {
        policy.check(write);
        Instant now = clock.instant();
        Rule rule = new Rule(
                UUID.randomUUID().toString(),
                write.trigger(),
                write.instrumentId(),
                write.careKind(),
                blank(write.stepId()),
                blank(write.tierId()),
                write.everyMonths(),
                write.delayHours(),
                write.active(),
                1,
                now,
                actor.name(),
                0);
        jdbc.prepareStatement(
                "INSERT INTO survey_rule (trigger_kind, instrument_id, care_kind, step_id, tier_id, every_months,"
                        + " delay_hours, active, version, updated_at, updated_by, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                st -> {
                    bind(st, rule);
                    st.setString(12, rule.id());
                    return st.executeUpdate();
                });
        audit.record("CREATE", "survey_rule", rule.id(), null, rule);
        return view(rule);
    }

    /** Saves over the version read; 412 when another save came first. */
    @Transactional
    RuleView change(String id, long ifMatch, RuleWrite write) {
        Rule before = one(id).orElseThrow(() -> ProblemException.notFound("survey rule"));
        policy.check(write);
        long expected = ifMatch == ETags.ANY ? before.version() : ifMatch;
        Rule after = new Rule(
                id,
                write.trigger(),
                write.instrumentId(),
                write.careKind(),
                blank(write.stepId()),
                blank(write.tierId()),
                write.everyMonths(),
                write.delayHours(),
                write.active(),
                expected + 1,
                clock.instant(),
                actor.name(),
                before.invited());
        int changed = jdbc.prepareStatement(
                "UPDATE survey_rule SET trigger_kind = ?, instrument_id = ?, care_kind = ?, step_id = ?, tier_id = ?,"
                        + " every_months = ?, delay_hours = ?, active = ?, version = ?, updated_at = ?,"
                        + " updated_by = ? WHERE id = ? AND version = ?",
                st -> {
                    bind(st, after);
                    st.setString(12, id);
                    st.setLong(13, expected);
                    return st.executeUpdate();
                });
        if (changed != 1) {
            throw new ProblemException(
                    ProblemCode.STALE_VERSION, "the survey rule was changed meanwhile; read it again");
        }
        audit.record("UPDATE", "survey_rule", id, before, after);
        return view(after);
    }

    @Transactional
    void remove(String id) {
        Rule before = one(id).orElseThrow(() -> ProblemException.notFound("survey rule"));
        jdbc.prepareStatement("DELETE FROM survey_rule WHERE id = ?", st -> {
            st.setString(1, id);
            return st.executeUpdate();
        });
        audit.record("DELETE", "survey_rule", id, before, null);
    }

    private RuleView view(Rule r) {
        Optional<Instruments.Head> head =
                Optional.ofNullable(instruments.heads().get(r.instrumentId()));
        return new RuleView(
                r.id(),
                r.trigger(),
                r.instrumentId(),
                head.map(Instruments.Head::name).orElse(""),
                head.map(Instruments.Head::nameTranslations).orElse(app.rapport.api.common.Translated.NONE),
                r.careKind(),
                r.stepId(),
                r.tierId(),
                r.everyMonths(),
                r.delayHours(),
                r.active(),
                r.invited(),
                r.version(),
                r.updatedAt(),
                r.updatedBy());
    }

    private Optional<Rule> one(String id) {
        return select("SELECT " + COLUMNS + " FROM survey_rule r WHERE r.id = ?", st -> st.setString(1, id)).stream()
                .findFirst();
    }

    private interface Binder {
        void bind(java.sql.PreparedStatement st) throws SQLException;
    }

    private List<Rule> select(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            List<Rule> all = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(4);
                    int months = rs.getInt(7);
                    Integer every = rs.wasNull() ? null : months;
                    all.add(new Rule(
                            rs.getString(1),
                            SurveyTrigger.valueOf(rs.getString(2)),
                            rs.getString(3),
                            kind == null ? null : CareKind.valueOf(kind),
                            rs.getString(5),
                            rs.getString(6),
                            every,
                            rs.getInt(8),
                            rs.getBoolean(9),
                            rs.getLong(10),
                            rs.getTimestamp(11).toInstant(),
                            rs.getString(12),
                            rs.getInt(13)));
                }
            }
            return all;
        });
    }

    private static void bind(java.sql.PreparedStatement st, Rule r) throws SQLException {
        st.setString(1, r.trigger().name());
        st.setString(2, r.instrumentId());
        st.setString(3, r.careKind() == null ? null : r.careKind().name());
        st.setString(4, r.stepId());
        st.setString(5, r.tierId());
        if (r.everyMonths() == null) {
            st.setNull(6, java.sql.Types.INTEGER);
        } else {
            st.setInt(6, r.everyMonths());
        }
        st.setInt(7, r.delayHours());
        st.setBoolean(8, r.active());
        st.setLong(9, r.version());
        st.setTimestamp(10, Timestamp.from(r.updatedAt()));
        st.setString(11, r.updatedBy());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
