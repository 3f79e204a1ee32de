package app.rapport.survey;

import app.rapport.api.complaint.ComplaintCause;
import app.rapport.complaint.CauseVoices;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reasons clients gave for a low survey answer, as causes for the complaint statistics: when the answer was
 * submitted, the product its invitation asked about and the client's tier.
 */
@Singleton
class SurveyReasonVoices implements CauseVoices {
    private final JdbcOperations jdbc;

    SurveyReasonVoices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Voice> named(Instant from, Instant until) {
        return jdbc.prepareStatement(
                "SELECT r.cause, s.submitted_at, i.product_id, ct.tier_id FROM survey_reason r"
                        + " JOIN survey_response s ON s.invitation_id = r.invitation_id"
                        + " JOIN survey_invitation i ON i.id = r.invitation_id"
                        + " LEFT JOIN client_tier ct ON ct.client_id = s.client_id"
                        + " WHERE s.submitted_at >= ? AND s.submitted_at < ?",
                st -> {
                    st.setTimestamp(1, Timestamp.from(from));
                    st.setTimestamp(2, Timestamp.from(until));
                    List<Voice> out = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Voice(
                                    ComplaintCause.valueOf(rs.getString(1)),
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getString(3),
                                    rs.getString(4)));
                        }
                    }
                    return out;
                });
    }
}
