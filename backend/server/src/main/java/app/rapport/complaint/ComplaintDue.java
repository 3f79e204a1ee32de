package app.rapport.complaint;

import app.rapport.api.sla.SlaMilestone;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored {@link DueRow} of each complaint being measured (the complaint's {@code due_…} columns, which its entity
 * does not map): written by {@link ComplaintClocks} whenever a clock event
 * or a fired step changes it, read by the board (its order and cards) and by the minute's scan (only what is due).
 */
@Singleton
class ComplaintDue {
    private final JdbcOperations jdbc;

    ComplaintDue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    void put(DueRow d) {
        jdbc.prepareStatement(
                "UPDATE complaint SET due_milestone = ?, due_deadline = ?, due_at_risk = ?, due_next_step = ?"
                        + " WHERE id = ?",
                st -> {
                    st.setString(1, d.milestone() == null ? null : d.milestone().name());
                    st.setTimestamp(2, timestamp(d.deadline()));
                    st.setTimestamp(3, timestamp(d.atRiskAt()));
                    st.setTimestamp(4, timestamp(d.nextStepAt()));
                    st.setString(5, d.complaintId());
                    return st.executeUpdate();
                });
    }

    @Connectable
    void remove(String complaintId) {
        jdbc.prepareStatement(
                "UPDATE complaint SET due_milestone = NULL, due_deadline = NULL, due_at_risk = NULL,"
                        + " due_next_step = NULL WHERE id = ?",
                st -> {
                    st.setString(1, complaintId);
                    return st.executeUpdate();
                });
    }

    /** The complaints whose next escalation step is due by {@code now}, the longest due first. */
    @Connectable
    List<String> dueBy(Instant now) {
        return jdbc.prepareStatement("SELECT id FROM complaint WHERE due_next_step <= ? ORDER BY due_next_step", st -> {
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

    /** The rows of these complaints, by complaint (those without one are absent). */
    @Connectable
    Map<String, DueRow> of(Collection<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(complaintIds);
        return jdbc.prepareStatement(
                "SELECT id, due_milestone, due_deadline, due_at_risk, due_next_step FROM complaint" + " WHERE id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                st -> {
                    for (int i = 0; i < ids.size(); i++) {
                        st.setString(i + 1, ids.get(i));
                    }
                    Map<String, DueRow> out = new HashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            DueRow d = row(rs);
                            if (d.milestone() != null || d.nextStepAt() != null) {
                                out.put(d.complaintId(), d);
                            }
                        }
                    }
                    return out;
                });
    }

    /**
     * Every complaint being measured is looked at again by the next scan: what its clocks run by (a business calendar)
     * changed, so their deadlines may have moved.
     */
    @Connectable
    int recheckAll(Instant now) {
        return jdbc.prepareStatement(
                "UPDATE complaint SET due_next_step = ? WHERE sla_policy_id IS NOT NULL AND "
                        + ComplaintRepository.OPEN,
                st -> {
                    st.setTimestamp(1, Timestamp.from(now));
                    return st.executeUpdate();
                });
    }

    private static DueRow row(ResultSet rs) throws SQLException {
        String m = rs.getString(2);
        return new DueRow(
                rs.getString(1),
                m == null ? null : SlaMilestone.valueOf(m),
                instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)));
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
