package app.rapport.survey;

import app.rapport.api.survey.InvitationStatus;
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
            + " status, trigger_kind, trigger_ref, created_at, created_by, expires_at, answered_at";

    private final JdbcOperations jdbc;

    InvitationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation i, byte[] tokenHash) {
        jdbc.prepareStatement(
                "INSERT INTO survey_invitation (" + COLUMNS + ", token_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    st.setTimestamp(13, null);
                    st.setBytes(14, tokenHash);
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
                "SELECT MAX(created_at) FROM survey_invitation WHERE client_id = ? AND status <> 'CANCELLED'", st -> {
                    st.setString(1, clientId);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        Timestamp t = rs.getTimestamp(1);
                        return Optional.ofNullable(t).map(Timestamp::toInstant);
                    }
                });
    }

    /** OPEN and unexpired → ANSWERED at {@code now}; false when it was not (answered, cancelled, expired meanwhile). */
    boolean answer(String id, Instant now) {
        return update(
                "UPDATE survey_invitation SET status = 'ANSWERED', answered_at = ?"
                        + " WHERE id = ? AND status = 'OPEN' AND expires_at > ?",
                now,
                id);
    }

    /** OPEN → CANCELLED; false when it was not open. */
    boolean cancel(String id, Instant now, String by) {
        return jdbc.prepareStatement(
                        "UPDATE survey_invitation SET status = 'CANCELLED', closed_at = ?, closed_by = ?"
                                + " WHERE id = ? AND status = 'OPEN'",
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
                answered == null ? null : answered.toInstant());
    }
}
