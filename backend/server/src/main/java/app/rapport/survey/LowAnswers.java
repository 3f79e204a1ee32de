package app.rapport.survey;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the relationship learns from surveys: how many low answers (a detractor, a dissatisfied score) each client
 * gave since a moment — a lifecycle signal.
 */
@Singleton
public class LowAnswers {
    private final JdbcOperations jdbc;

    LowAnswers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Low answers per client since {@code since}, for every client that gave any. */
    @Connectable
    public Map<String, Integer> perClient(Instant since) {
        return jdbc.prepareStatement(
                "SELECT client_id, COUNT(*) FROM survey_response WHERE low = TRUE AND submitted_at >= ?"
                        + " GROUP BY client_id",
                st -> {
                    st.setTimestamp(1, Timestamp.from(since));
                    Map<String, Integer> out = new HashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    return out;
                });
    }

    @Connectable
    public int ofClient(String clientId, Instant since) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM survey_response WHERE client_id = ? AND low = TRUE AND submitted_at >= ?", st -> {
                    st.setString(1, clientId);
                    st.setTimestamp(2, Timestamp.from(since));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }
}
