package app.rapport.survey;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.Question;
import io.micronaut.core.annotation.Nullable;
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
 * The stored instruments ({@code survey_instrument}) and their versions ({@code survey_instrument_version}, never
 * changed once written), with how many invitations each has had and how many were answered.
 */
@Singleton
class Instruments {
    /** An instrument's head: its names and which version is current. */
    @io.micronaut.serde.annotation.Serdeable
    record Head(
            String id,
            String name,
            Translated nameTranslations,
            int currentVersion,
            boolean archived,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {}

    /** One version as saved. */
    record Version(String instrumentId, int version, List<Question> questions, int positiveFrom) {}

    private static final String HEAD = "i.id, i.name, i.name_zh_cn, i.name_zh_tw, i.current_version, i.archived,"
            + " i.created_at, i.created_by, i.updated_at, i.updated_by";
    private static final String COUNTS = "(SELECT COUNT(*) FROM survey_invitation v WHERE v.instrument_id = i.id),"
            + " (SELECT COUNT(*) FROM survey_response r WHERE r.instrument_id = i.id)";

    private final JdbcOperations jdbc;
    private final QuestionsJson json;

    Instruments(JdbcOperations jdbc, QuestionsJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The instruments by name, current versions, with their counts; archived ones only when asked. */
    @Connectable
    List<InstrumentView> list(boolean archived) {
        return jdbc.prepareStatement(
                "SELECT " + HEAD + ", v.questions, v.positive_from, " + COUNTS + ", v.version FROM survey_instrument i"
                        + " JOIN survey_instrument_version v"
                        + " ON v.instrument_id = i.id AND v.version = i.current_version"
                        + " WHERE i.archived = ? ORDER BY i.name",
                st -> {
                    st.setBoolean(1, archived);
                    List<InstrumentView> views = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            views.add(view(head(rs), rs));
                        }
                    }
                    return views;
                });
    }

    /** One instrument at version {@code version} (null: its current one), with its counts. */
    @Connectable
    Optional<InstrumentView> view(String id, @Nullable Integer version) {
        return jdbc.prepareStatement(
                "SELECT " + HEAD + ", v.questions, v.positive_from, " + COUNTS + ", v.version FROM survey_instrument i"
                        + " JOIN survey_instrument_version v ON v.instrument_id = i.id AND v.version = "
                        + (version == null ? "i.current_version" : "?")
                        + " WHERE i.id = ?",
                st -> {
                    int p = 1;
                    if (version != null) {
                        st.setInt(p++, version);
                    }
                    st.setString(p, id);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(view(head(rs), rs)) : Optional.empty();
                    }
                });
    }

    /** Every instrument's head by id (a tenant has a handful). */
    @Connectable
    java.util.Map<String, Head> heads() {
        return jdbc.prepareStatement("SELECT " + HEAD + " FROM survey_instrument i", st -> {
            java.util.Map<String, Head> all = new java.util.HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Head h = head(rs);
                    all.put(h.id(), h);
                }
            }
            return all;
        });
    }

    /** The instrument's head, locked to the transaction's end. */
    Optional<Head> forUpdate(String id) {
        return jdbc.prepareStatement("SELECT " + HEAD + " FROM survey_instrument i WHERE i.id = ? FOR UPDATE", st -> {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(head(rs)) : Optional.empty();
            }
        });
    }

    @Connectable
    Optional<Version> version(String id, int version) {
        return jdbc.prepareStatement(
                "SELECT questions, positive_from FROM survey_instrument_version WHERE instrument_id = ? AND version = ?",
                st -> {
                    st.setString(1, id);
                    st.setInt(2, version);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Version(id, version, json.questions(rs.getString(1)), rs.getInt(2)))
                                : Optional.empty();
                    }
                });
    }

    void insert(Head h) {
        jdbc.prepareStatement(
                "INSERT INTO survey_instrument (id, name, name_zh_cn, name_zh_tw, current_version, archived,"
                        + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, h.id());
                    st.setString(2, h.name());
                    st.setString(3, h.nameTranslations().zhCn());
                    st.setString(4, h.nameTranslations().zhTw());
                    st.setInt(5, h.currentVersion());
                    st.setBoolean(6, h.archived());
                    st.setTimestamp(7, Timestamp.from(h.createdAt()));
                    st.setString(8, h.createdBy());
                    st.setTimestamp(9, Timestamp.from(h.updatedAt()));
                    st.setString(10, h.updatedBy());
                    return st.executeUpdate();
                });
    }

    /** Moves the head to its next version over {@code expected}; false when another save came first. */
    boolean update(Head h, int expected) {
        return jdbc.prepareStatement(
                        "UPDATE survey_instrument SET name = ?, name_zh_cn = ?, name_zh_tw = ?, current_version = ?,"
                                + " archived = ?, updated_at = ?, updated_by = ? WHERE id = ? AND current_version = ?",
                        st -> {
                            st.setString(1, h.name());
                            st.setString(2, h.nameTranslations().zhCn());
                            st.setString(3, h.nameTranslations().zhTw());
                            st.setInt(4, h.currentVersion());
                            st.setBoolean(5, h.archived());
                            st.setTimestamp(6, Timestamp.from(h.updatedAt()));
                            st.setString(7, h.updatedBy());
                            st.setString(8, h.id());
                            st.setInt(9, expected);
                            return st.executeUpdate();
                        })
                == 1;
    }

    void insert(Version v, Instant at, String by) {
        jdbc.prepareStatement(
                "INSERT INTO survey_instrument_version (instrument_id, version, questions, positive_from, saved_at,"
                        + " saved_by) VALUES (?, ?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, v.instrumentId());
                    st.setInt(2, v.version());
                    st.setString(3, json.write(v.questions()));
                    st.setInt(4, v.positiveFrom());
                    st.setTimestamp(5, Timestamp.from(at));
                    st.setString(6, by);
                    return st.executeUpdate();
                });
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getString(1),
                rs.getString(2),
                new Translated(rs.getString(3), rs.getString(4)),
                rs.getInt(5),
                rs.getBoolean(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }

    private InstrumentView view(Head h, ResultSet rs) throws SQLException {
        return new InstrumentView(
                h.id(),
                h.name(),
                h.nameTranslations(),
                rs.getInt(15),
                json.questions(rs.getString(11)),
                rs.getInt(12),
                h.archived(),
                rs.getInt(13),
                rs.getInt(14),
                h.updatedAt(),
                h.updatedBy());
    }
}
