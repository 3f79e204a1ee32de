package app.rapport.survey;

import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.SkipReason;
import app.rapport.api.survey.SurveyTrigger;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored invitations ({@code survey_invitation}). Every change of state is one conditional UPDATE on the state
 * read: of two answers, cancellations or new links at once exactly one counts.
 */
@Singleton
class InvitationStore {
    private static final String COLUMNS = "id, instrument_id, instrument_version, client_id, contact_id, language,"
            + " status, trigger_kind, trigger_ref, created_at, created_by, expires_at, answered_at, rule_id, skipped, product_id, blueprint_id";

    /** Who closes what a rule's checks skip. */
    static final String BY_RAPPORT = "rapport";

    private final JdbcOperations jdbc;

    InvitationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation i, byte[] tokenHash) {
        write(i, tokenHash, "");
    }

    private int write(Invitation i, byte[] tokenHash, String onDuplicate) {
        return jdbc.prepareStatement(
                "INSERT INTO survey_invitation (" + COLUMNS + ", token_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + onDuplicate,
                st -> {
                    st.setString(1, i.id());
                    st.setString(2, i.instrumentId());
                    st.setInt(3, i.instrumentVersion());
                    st.setString(4, i.clientId());
                    st.setString(5, i.contactId());
                    st.setString(6, i.language());
                    st.setString(7, i.status().name());
                    st.setString(8, i.trigger().name());
                    st.setString(9, i.triggerRef());
                    st.setTimestamp(10, Timestamp.from(i.createdAt()));
                    st.setString(11, i.createdBy());
                    st.setTimestamp(12, Timestamp.from(i.expiresAt()));
                    st.setTimestamp(13, i.answeredAt() == null ? null : Timestamp.from(i.answeredAt()));
                    st.setString(14, i.ruleId());
                    st.setString(15, i.skipped() == null ? null : i.skipped().name());
                    st.setString(16, i.productId());
                    st.setString(17, i.blueprintId());
                    st.setBytes(18, tokenHash);
                    return st.executeUpdate();
                });
    }

    @Connectable
    Optional<Invitation> byToken(byte[] tokenHash) {
        return one(
                "SELECT " + COLUMNS + " FROM survey_invitation WHERE token_hash = ?", st -> st.setBytes(1, tokenHash));
    }

    @Connectable
    Optional<Invitation> byId(String id) {
        return one("SELECT " + COLUMNS + " FROM survey_invitation WHERE id = ?", st -> st.setString(1, id));
    }

    @Connectable
    List<Invitation> ofClient(String clientId) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM survey_invitation WHERE client_id = ? ORDER BY created_at DESC, id",
                st -> {
                    st.setString(1, clientId);
                    List<Invitation> all = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            all.add(row(rs));
                        }
                    }
                    return all;
                });
    }

    /** When the client was last invited (cancelled invitations did not ask anything). */
    Optional<Instant> lastInvited(String clientId) {
        return jdbc.prepareStatement(
                "SELECT MAX(created_at) FROM survey_invitation WHERE client_id = ? AND status IN ('OPEN', 'ANSWERED')",
                st -> {
                    st.setString(1, clientId);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        Timestamp t = rs.getTimestamp(1);
                        return Optional.ofNullable(t).map(Timestamp::toInstant);
                    }
                });
    }

    /**
     * A rule's invitation, SCHEDULED; once per rule, client and event (the unique key): false when that event had
     * scheduled it already.
     */
    boolean schedule(Invitation i, byte[] tokenHash) {
        return write(i, tokenHash, " ON DUPLICATE KEY UPDATE id = id") == 1;
    }

    /**
     * Locks the client's row to the transaction's end: whoever invites it (by hand, or a rule's invitation falling due)
     * checks the suppression window and writes under this lock, so two invitations at once cannot both slip through.
     */
    void lockClient(String clientId) {
        jdbc.prepareStatement("SELECT id FROM client WHERE id = ? FOR UPDATE", st -> {
            st.setString(1, clientId);
            st.executeQuery().close();
            return null;
        });
    }

    /** The scheduled invitations due by {@code now}, oldest first (a scan takes at most {@code limit}). */
    @Connectable
    List<String> dueBy(Instant now, int limit) {
        return jdbc.prepareStatement(
                "SELECT id FROM survey_invitation WHERE status = 'SCHEDULED' AND created_at <= ?"
                        + " ORDER BY created_at, id LIMIT " + limit,
                st -> {
                    st.setTimestamp(1, Timestamp.from(now));
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                });
    }

    /** A scheduled invitation, locked; empty when it is no longer scheduled or another replica holds it. */
    Optional<Invitation> scheduledForUpdate(String id) {
        return one(
                "SELECT " + COLUMNS + " FROM survey_invitation WHERE id = ? AND status = 'SCHEDULED'"
                        + " FOR UPDATE SKIP LOCKED",
                st -> st.setString(1, id));
    }

    /** SCHEDULED → OPEN: sent at {@code now}, open until {@code expiresAt}, asking {@code instrumentVersion}. */
    boolean release(String id, Instant now, Instant expiresAt, int instrumentVersion) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET status = 'OPEN', created_at = ?, expires_at = ?,"
                                + " instrument_version = ? WHERE id = ? AND status = 'SCHEDULED'",
                        st -> {
                            st.setTimestamp(1, Timestamp.from(now));
                            st.setTimestamp(2, Timestamp.from(expiresAt));
                            st.setInt(3, instrumentVersion);
                            st.setString(4, id);
                            return st.executeUpdate();
                        })
                == 1;
    }

    /** SCHEDULED → CANCELLED for {@code reason}, by Rapport. */
    boolean skip(String id, SkipReason reason, Instant now) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET status = 'CANCELLED', skipped = ?, closed_at = ?, closed_by = ?"
                                + " WHERE id = ? AND status = 'SCHEDULED'",
                        st -> {
                            st.setString(1, reason.name());
                            st.setTimestamp(2, Timestamp.from(now));
                            st.setString(3, BY_RAPPORT);
                            st.setString(4, id);
                            return st.executeUpdate();
                        })
                == 1;
    }

    /** Every invitation still scheduled for the event {@code trigger}/{@code ref} → CANCELLED for {@code reason}. */
    int skipScheduled(SurveyTrigger trigger, String ref, SkipReason reason, Instant now) {
        return jdbc.prepareStatement(
                "UPDATE survey_invitation SET status = 'CANCELLED', skipped = ?, closed_at = ?, closed_by = ?"
                        + " WHERE trigger_kind = ? AND trigger_ref = ? AND status = 'SCHEDULED'",
                st -> {
                    st.setString(1, reason.name());
                    st.setTimestamp(2, Timestamp.from(now));
                    st.setString(3, BY_RAPPORT);
                    st.setString(4, trigger.name());
                    st.setString(5, ref);
                    return st.executeUpdate();
                });
    }

    /** When the rule {@code ruleId} last invited each client it invited (scheduled, sent or skipped). */
    java.util.Map<String, Instant> lastByRule(String ruleId) {
        return jdbc.prepareStatement(
                "SELECT client_id, MAX(created_at) FROM survey_invitation WHERE rule_id = ? GROUP BY client_id", st -> {
                    st.setString(1, ruleId);
                    java.util.Map<String, Instant> last = new java.util.HashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                        }
                    }
                    return last;
                });
    }

    /** OPEN and unexpired → ANSWERED at {@code now}; false when it was not (answered, cancelled, expired meanwhile). */
    boolean answer(String id, Instant now) {
        return answer(id, now, now);
    }

    /**
     * OPEN and unexpired now → ANSWERED at {@code answeredAt} (answers recorded later than given); false when it was
     * not.
     */
    boolean answer(String id, Instant answeredAt, Instant now) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET status = 'ANSWERED', answered_at = ?"
                                + " WHERE id = ? AND status = 'OPEN' AND expires_at > ?",
                        st -> {
                            st.setTimestamp(1, Timestamp.from(answeredAt));
                            st.setString(2, id);
                            st.setTimestamp(3, Timestamp.from(now));
                            return st.executeUpdate();
                        })
                == 1;
    }

    /** OPEN or SCHEDULED → CANCELLED; false when it was neither. */
    boolean cancel(String id, Instant now, String by) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET status = 'CANCELLED', closed_at = ?, closed_by = ?"
                                + " WHERE id = ? AND status IN ('OPEN', 'SCHEDULED')",
                        st -> {
                            st.setTimestamp(1, Timestamp.from(now));
                            st.setString(2, by);
                            st.setString(3, id);
                            return st.executeUpdate();
                        })
                == 1;
    }

    /** Replaces the token of an OPEN, unexpired invitation; false when it is no longer open. */
    boolean relink(String id, byte[] tokenHash, Instant now) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET token_hash = ? WHERE id = ? AND status = 'OPEN' AND expires_at > ?",
                        st -> {
                            st.setBytes(1, tokenHash);
                            st.setString(2, id);
                            st.setTimestamp(3, Timestamp.from(now));
                            return st.executeUpdate();
                        })
                == 1;
    }

    /** The contact named no longer identifies anyone (erasure). */
    void forgetContacts(String clientId) {
        jdbc.prepareStatement("UPDATE survey_invitation SET contact_id = NULL WHERE client_id = ?", st -> {
            st.setString(1, clientId);
            return st.executeUpdate();
        });
    }

    private boolean update(String sql, Instant now, String id) {
        return jdbc.prepareStatement(sql, st -> {
                    st.setTimestamp(1, Timestamp.from(now));
                    st.setString(2, id);
                    st.setTimestamp(3, Timestamp.from(now));
                    return st.executeUpdate();
                })
                == 1;
    }

    private interface Binder {
        void bind(java.sql.PreparedStatement st) throws SQLException;
    }

    private Optional<Invitation> one(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    private static Invitation row(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp(13);
        return new Invitation(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                InvitationStatus.valueOf(rs.getString(7)),
                SurveyTrigger.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getString(11),
                rs.getTimestamp(12).toInstant(),
                answered == null ? null : answered.toInstant(),
                rs.getString(14),
                rs.getString(15) == null ? null : SkipReason.valueOf(rs.getString(15)),
                rs.getString(16),
                rs.getString(17));
    }
}
