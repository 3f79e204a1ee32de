package app.rapport.quality;

import app.rapport.api.quality.ChartRules;
import app.rapport.api.quality.QualityMetric;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The stored baselines ({@code control_baseline}), one per metric, versioned. */
@Singleton
class Baselines {
    /** A metric's baseline as stored. */
    @Serdeable
    record Row(
            QualityMetric metric,
            LocalDate from,
            LocalDate to,
            ChartRules rules,
            long version,
            String setBy,
            Instant setAt) {}

    private static final String COLUMNS = "metric, from_week, to_week, rules, version, set_by, set_at";

    private final JdbcOperations jdbc;

    Baselines(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    Optional<Row> of(QualityMetric metric) {
        return read("SELECT " + COLUMNS + " FROM control_baseline WHERE metric = ?", metric);
    }

    /** Takes the tenant's baseline lock (to the transaction's end), then reads the metric's row. */
    Optional<Row> forUpdate(QualityMetric metric) {
        jdbc.prepareStatement("SELECT name FROM write_lock WHERE name = 'control-baseline' FOR UPDATE", st -> {
            st.executeQuery().close();
            return null;
        });
        return of(metric);
    }

    /** Writes the row over version {@code expected} (0: none yet); false when another save came first. */
    boolean save(Row r, long expected) {
        return jdbc.prepareStatement(
                        expected == 0
                                ? "INSERT IGNORE INTO control_baseline (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                                : "UPDATE control_baseline SET metric = ?, from_week = ?, to_week = ?, rules = ?,"
                                        + " version = ?, set_by = ?, set_at = ? WHERE metric = ? AND version = ?",
                        st -> {
                            st.setString(1, r.metric().name());
                            st.setDate(2, Date.valueOf(r.from()));
                            st.setDate(3, Date.valueOf(r.to()));
                            st.setString(4, r.rules().name());
                            st.setLong(5, r.version());
                            st.setString(6, r.setBy());
                            st.setTimestamp(7, Timestamp.from(r.setAt()));
                            if (expected != 0) {
                                st.setString(8, r.metric().name());
                                st.setLong(9, expected);
                            }
                            return st.executeUpdate();
                        })
                == 1;
    }

    private Optional<Row> read(String sql, QualityMetric metric) {
        return jdbc.prepareStatement(sql, st -> {
            st.setString(1, metric.name());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(
                        QualityMetric.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        ChartRules.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
            }
        });
    }
}
