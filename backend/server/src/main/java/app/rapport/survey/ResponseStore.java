package app.rapport.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.SurveyChannel;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored answers ({@code survey_response}, {@code survey_reason}) and opt-outs ({@code survey_opt_out}). */
@Singleton
class ResponseStore {
    private static final String COLUMNS = "invitation_id, client_id, instrument_id, instrument_version, submitted_at,"
            + " csat, csat_positive, nps, effort, low, follow_up_id, answers, channel, recorded_by";

    private final JdbcOperations jdbc;
    private final QuestionsJson json;

    ResponseStore(JdbcOperations jdbc, QuestionsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Response r) {
        jdbc.prepareStatement(
                "INSERT INTO survey_response (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, r.invitationId());
                    st.setString(2, r.clientId());
                    st.setString(3, r.instrumentId());
                    st.setInt(4, r.instrumentVersion());
                    st.setTimestamp(5, Timestamp.from(r.submittedAt()));
                    st.setObject(6, r.csat(), Types.TINYINT);
                    st.setObject(7, r.csatPositive(), Types.BOOLEAN);
                    st.setObject(8, r.nps(), Types.TINYINT);
                    st.setObject(9, r.effort(), Types.TINYINT);
                    st.setBoolean(10, r.low());
                    st.setString(11, r.followUpId());
                    st.setString(12, json.write(r.answers()));
                    st.setString(13, r.channel().name());
                    st.setString(14, r.recordedBy());
                    return st.executeUpdate();
                });
        for (ComplaintCause cause : r.reasons()) {
            jdbc.prepareStatement("INSERT INTO survey_reason (invitation_id, cause) VALUES (?, ?)", st -> {
                st.setString(1, r.invitationId());
                st.setString(2, cause.name());
                return st.executeUpdate();
            });
        }
    }

    void setFollowUp(String invitationId, String careActionId) {
        jdbc.prepareStatement("UPDATE survey_response SET follow_up_id = ? WHERE invitation_id = ?", st -> {
            st.setString(1, careActionId);
            st.setString(2, invitationId);
            return st.executeUpdate();
        });
    }

    /** The answers of these invitations, by invitation id. */
    @Connectable
    Map<String, Response> of(Collection<String> invitationIds) {
        Map<String, Response> found = new HashMap<>();
        if (invitationIds.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(invitationIds.size(), "?"));
        Map<String, List<ComplaintCause>> reasons = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT invitation_id, cause FROM survey_reason WHERE invitation_id IN (" + marks + ") ORDER BY cause",
                st -> {
                    bind(st, invitationIds);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(ComplaintCause.valueOf(rs.getString(2)));
                        }
                    }
                    return null;
                });
        jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM survey_response WHERE invitation_id IN (" + marks + ")", st -> {
                    bind(st, invitationIds);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            Response r = row(rs, reasons.getOrDefault(rs.getString(1), List.of()));
                            found.put(r.invitationId(), r);
                        }
                    }
                    return null;
                });
        return found;
    }

    /** The answers to {@code instrumentId} submitted in [{@code start}, {@code end}), oldest first. */
    @Connectable
    List<Response> ofInstrument(String instrumentId, Instant start, Instant end) {
        Map<String, List<ComplaintCause>> reasons = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT r.invitation_id, r.cause FROM survey_reason r JOIN survey_response s"
                        + " ON s.invitation_id = r.invitation_id"
                        + " WHERE s.instrument_id = ? AND s.submitted_at >= ? AND s.submitted_at < ? ORDER BY r.cause",
                st -> {
                    st.setString(1, instrumentId);
                    st.setTimestamp(2, java.sql.Timestamp.from(start));
                    st.setTimestamp(3, java.sql.Timestamp.from(end));
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(ComplaintCause.valueOf(rs.getString(2)));
                        }
                    }
                    return null;
                });
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM survey_response"
                        + " WHERE instrument_id = ? AND submitted_at >= ? AND submitted_at < ?"
                        + " ORDER BY submitted_at, invitation_id",
                st -> {
                    st.setString(1, instrumentId);
                    st.setTimestamp(2, java.sql.Timestamp.from(start));
                    st.setTimestamp(3, java.sql.Timestamp.from(end));
                    List<Response> all = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            all.add(row(rs, reasons.getOrDefault(rs.getString(1), List.of())));
                        }
                    }
                    return all;
                });
    }

    @Connectable
    Optional<Response> of(String invitationId) {
        return Optional.ofNullable(of(List.of(invitationId)).get(invitationId));
    }

    @Connectable
    List<Response> ofClient(String clientId) {
        List<String> ids = jdbc.prepareStatement(
                "SELECT invitation_id FROM survey_response WHERE client_id = ? ORDER BY submitted_at", st -> {
                    st.setString(1, clientId);
                    List<String> all = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            all.add(rs.getString(1));
                        }
                    }
                    return all;
                });
        Map<String, Response> byId = of(ids);
        return ids.stream().map(byId::get).toList();
    }

    void replaceAnswers(String invitationId, String answers) {
        jdbc.prepareStatement("UPDATE survey_response SET answers = ? WHERE invitation_id = ?", st -> {
            st.setString(1, answers);
            st.setString(2, invitationId);
            return st.executeUpdate();
        });
    }

    /** When the client opted out, if they did. */
    @Connectable
    Optional<Instant> optedOut(String clientId) {
        return jdbc.prepareStatement("SELECT opted_out_at FROM survey_opt_out WHERE client_id = ?", st -> {
            st.setString(1, clientId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        });
    }

    void optOut(String clientId, Instant at, String by) {
        jdbc.prepareStatement(
                "INSERT IGNORE INTO survey_opt_out (client_id, opted_out_at, opted_out_by) VALUES (?, ?, ?)", st -> {
                    st.setString(1, clientId);
                    st.setTimestamp(2, Timestamp.from(at));
                    st.setString(3, by);
                    return st.executeUpdate();
                });
    }

    void optIn(String clientId) {
        jdbc.prepareStatement("DELETE FROM survey_opt_out WHERE client_id = ?", st -> {
            st.setString(1, clientId);
            return st.executeUpdate();
        });
    }

    private static void bind(java.sql.PreparedStatement st, Collection<String> ids) throws SQLException {
        int i = 1;
        for (String id : ids) {
            st.setString(i++, id);
        }
    }

    private Response row(ResultSet rs, List<ComplaintCause> reasons) throws SQLException {
        return new Response(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getTimestamp(5).toInstant(),
                (Integer) rs.getObject(6, Integer.class),
                rs.getObject(7) == null ? null : rs.getBoolean(7),
                (Integer) rs.getObject(8, Integer.class),
                (Integer) rs.getObject(9, Integer.class),
                rs.getBoolean(10),
                rs.getString(11),
                json.answers(rs.getString(12)),
                reasons,
                SurveyChannel.valueOf(rs.getString(13)),
                rs.getString(14));
    }
}
