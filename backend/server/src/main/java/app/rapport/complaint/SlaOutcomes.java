package app.rapport.complaint;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether each fulfilled milestone met its target is written with its FULFILLED event; the events written before
 * that was kept are settled here, a batch at a time, the first time the SLA-met chart reads them — from the clock of
 * the round each ended, as it would have been written then.
 */
@Singleton
public class SlaOutcomes {
    private static final int BATCH = 1000;

    private final JdbcOperations jdbc;
    private final ComplaintRepository complaints;
    private final ComplaintClocks clocks;
    private final ClockEventRepository events;

    SlaOutcomes(
            JdbcOperations jdbc, ComplaintRepository complaints, ComplaintClocks clocks, ClockEventRepository events) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.clocks = clocks;
        this.events = events;
    }

    /** Settles the FULFILLED events that do not say yet whether they met their target; answers how many it did. */
    @Transactional
    public int settle() {
        int settled = 0;
        while (true) {
            List<String[]> open = jdbc.prepareStatement(
                    "SELECT id, complaint_id FROM complaint_clock WHERE kind = 'FULFILLED' AND met IS NULL"
                            + " ORDER BY seq LIMIT " + BATCH,
                    st -> {
                        List<String[]> rows = new ArrayList<>();
                        try (ResultSet rs = st.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new String[] {rs.getString(1), rs.getString(2)});
                            }
                        }
                        return rows;
                    });
            int before = settled;
            for (String[] row : open) {
                ComplaintRow c = complaints.findById(row[1]).orElse(null);
                ClockEventRow e = c == null
                        ? null
                        : events.inOrder(c.id()).stream()
                                .filter(x -> x.id().equals(row[0]))
                                .findFirst()
                                .orElse(null);
                if (e != null) {
                    var met = clocks.met(c, e);
                    if (met.isPresent()) {
                        events.setMet(e.id(), met.get());
                        settled++;
                    }
                }
            }
            // a batch that settled nothing (no target to measure against) is not read again in this call
            if (open.size() < BATCH || settled == before) {
                return settled;
            }
        }
    }
}
