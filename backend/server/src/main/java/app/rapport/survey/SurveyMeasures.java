package app.rapport.survey;

import app.rapport.api.survey.Question;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.api.survey.ServqualWording;
import app.rapport.quality.scoring.Nps;
import app.rapport.quality.scoring.Servqual;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's survey figures over [from, until), every instrument together, for the features that measure with them
 * (benchmark targets): the CSAT positive share, the NPS and a SERVQUAL dimension's gap, each with its n.
 */
@Singleton
public class SurveyMeasures {
    private final JdbcOperations jdbc;
    private final ResponseStore responses;
    private final SurveyFigures figures;

    SurveyMeasures(JdbcOperations jdbc, ResponseStore responses, SurveyFigures figures) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.figures = figures;
    }

    /** A figure and how many answers it was computed from. */
    public record Figure(double value, int n) {}

    /** The percent of the CSAT answers in each question's positive band. */
    @Connectable
    public Optional<Figure> csatPositivePercent(Instant from, Instant until) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(csat_positive), 0) FROM survey_response"
                        + " WHERE csat IS NOT NULL AND submitted_at >= ? AND submitted_at < ?",
                st -> {
                    bind(st, from, until);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        int n = rs.getInt(1);
                        return n == 0 ? Optional.empty() : Optional.of(new Figure(100.0 * rs.getInt(2) / n, n));
                    }
                });
    }

    /** The net promoter score (% promoters − % detractors, passives in the denominator). */
    @Connectable
    public Optional<Figure> nps(Instant from, Instant until) {
        List<Integer> answers = column(
                "SELECT nps FROM survey_response WHERE nps IS NOT NULL AND submitted_at >= ? AND submitted_at < ?",
                from,
                until,
                rs -> rs.getInt(1));
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Nps n = Nps.of(answers);
        return Optional.of(new Figure(n.score(), n.n()));
    }

    /** A SERVQUAL dimension's gap (perception − expectation), every wording scored as positively worded. */
    @Connectable
    public Optional<Figure> servqualGap(ServqualDimension dimension, Instant from, Instant until) {
        return servqual(from, until)
                .flatMap(s ->
                        Optional.ofNullable(s.dimensionGaps().get(dimension)).map(gap -> new Figure(gap, s.n())));
    }

    /**
     * The SERVQUAL scores of every answer given in [from, until), of every instrument and version together, each
     * scored as positively worded first (a version in the 1988 wording reversed by its wording); none without answers.
     */
    @Connectable
    public Optional<Servqual.Scores> servqual(Instant from, Instant until) {
        List<String> instruments = column(
                "SELECT DISTINCT instrument_id FROM survey_response WHERE submitted_at >= ? AND submitted_at < ?",
                from,
                until,
                rs -> rs.getString(1));
        List<Servqual.Response> waves = new ArrayList<>();
        for (String instrument : instruments) {
            Map<Integer, Question> blocks = new HashMap<>();
            for (Response r : responses.ofInstrument(instrument, from, until)) {
                figures.wave(r, blocks).ifPresent(waves::add);
            }
        }
        return waves.isEmpty() ? Optional.empty() : Optional.of(Servqual.score(waves, ServqualWording.W1991));
    }

    private interface Cell<T> {
        T read(ResultSet rs) throws java.sql.SQLException;
    }

    /** The first column of each row a query over [from, until) answers. */
    private <T> List<T> column(String sql, Instant from, Instant until, Cell<T> cell) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, from, until);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(cell.read(rs));
                }
            }
            return out;
        });
    }

    private static void bind(java.sql.PreparedStatement st, Instant from, Instant until) throws java.sql.SQLException {
        st.setTimestamp(1, Timestamp.from(from));
        st.setTimestamp(2, Timestamp.from(until));
    }
}
