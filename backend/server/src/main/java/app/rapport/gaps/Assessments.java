package app.rapport.gaps;

import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.survey.ServqualDimension;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The members' answers to the internal questionnaire ({@code gap_assessment}), one row per save, versioned per member. */
@Singleton
class Assessments {
    /** One save: who, in which role, its version, when, and the five dimensions in their order. */
    @Serdeable
    record Row(
            String id,
            String member,
            String role,
            long version,
            Instant answeredAt,
            List<DimensionAssessment> dimensions) {}

    private final JdbcOperations jdbc;

    Assessments(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's latest save, if any. */
    @Connectable
    Optional<Row> latest(String member) {
        List<Row> rows = read(
                "SELECT a.id, a.member, a.role, a.version, a.answered_at, d.dimension, d.expected, d.specified"
                        + " FROM gap_assessment a JOIN gap_assessment_answer d ON d.assessment_id = a.id"
                        + " WHERE a.member = ? AND a.version = (SELECT MAX(version) FROM gap_assessment WHERE member = ?)",
                st -> {
                    st.setString(1, member);
                    st.setString(2, member);
                });
        return rows.stream().findFirst();
    }

    /** Each member's latest save within [from, until). */
    @Connectable
    List<Row> latestIn(Instant from, Instant until) {
        List<Row> all = read(
                "SELECT a.id, a.member, a.role, a.version, a.answered_at, d.dimension, d.expected, d.specified"
                        + " FROM gap_assessment a JOIN gap_assessment_answer d ON d.assessment_id = a.id"
                        + " WHERE a.answered_at >= ? AND a.answered_at < ? ORDER BY a.member, a.version",
                st -> {
                    st.setTimestamp(1, Timestamp.from(from));
                    st.setTimestamp(2, Timestamp.from(until));
                });
        Map<String, Row> latest = new LinkedHashMap<>();
        all.forEach(r -> latest.put(r.member(), r)); // in version order: the last one stays
        return List.copyOf(latest.values());
    }

    /**
     * Writes a new version; false when the member's version {@code r.version()} already exists (a save over the same
     * version came first: the unique key decides, so of parallel saves exactly one is written).
     */
    boolean insert(Row r) {
        int written = jdbc.prepareStatement(
                "INSERT IGNORE INTO gap_assessment (id, member, role, version, answered_at) VALUES (?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, r.id());
                    st.setString(2, r.member());
                    st.setString(3, r.role());
                    st.setLong(4, r.version());
                    st.setTimestamp(5, Timestamp.from(r.answeredAt()));
                    return st.executeUpdate();
                });
        if (written != 1) {
            return false;
        }
        for (DimensionAssessment d : r.dimensions()) {
            jdbc.prepareStatement(
                    "INSERT INTO gap_assessment_answer (assessment_id, dimension, expected, specified) VALUES (?, ?, ?, ?)",
                    st -> {
                        st.setString(1, r.id());
                        st.setString(2, d.dimension().name());
                        st.setInt(3, d.expected());
                        st.setInt(4, d.specified());
                        return st.executeUpdate();
                    });
        }
        return true;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private interface Binder {
        void bind(java.sql.PreparedStatement st) throws java.sql.SQLException;
    }

    /** Rows of (assessment, dimension) folded into one Row per assessment, dimensions in the enum's order. */
    private List<Row> read(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            Map<String, Row> rows = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Row row = rows.get(id);
                    if (row == null) {
                        row = new Row(
                                id,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getTimestamp(5).toInstant(),
                                new ArrayList<>());
                        rows.put(id, row);
                    }
                    row.dimensions()
                            .add(new DimensionAssessment(
                                    ServqualDimension.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8)));
                }
            }
            List<Row> out = new ArrayList<>();
            for (Row r : rows.values()) {
                List<DimensionAssessment> sorted = new ArrayList<>(r.dimensions());
                sorted.sort(java.util.Comparator.comparing(DimensionAssessment::dimension));
                out.add(new Row(r.id(), r.member(), r.role(), r.version(), r.answeredAt(), List.copyOf(sorted)));
            }
            return out;
        });
    }
}
