package app.rapport.complaint;

import app.rapport.api.common.PageView;
import app.rapport.api.complaint.ComplaintCard;
import app.rapport.api.complaint.ComplaintQueue;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.platform.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The complaints board: a queue (open by default), optionally one status or department, one page in the database —
 * open before over; then those past a service-level deadline, then those at risk of one ({@link ComplaintDue}); then
 * the most severe; then the nearest deadline; then the oldest first (they have waited longest).
 */
@Singleton
class ComplaintBoard {
    private static final String OVER = "c.status IN ('NOT_UPHELD', 'CLOSED')";
    private static final String ORDER = " ORDER BY (" + OVER + "),"
            + " CASE WHEN c.due_deadline <= ? THEN 0 WHEN c.due_at_risk <= ? THEN 1 ELSE 2 END,"
            + " FIELD(c.severity, 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW'), c.due_deadline IS NULL, c.due_deadline,"
            + " c.received_at, c.number";

    private final JdbcOperations jdbc;
    private final ComplaintRepository complaints;
    private final ComplaintViews views;
    private final Handlers handlers;
    private final Clock clock;

    ComplaintBoard(
            JdbcOperations jdbc, ComplaintRepository complaints, ComplaintViews views, Handlers handlers, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.views = views;
        this.handlers = handlers;
    }

    @Connectable
    PageView<ComplaintCard> page(
            @Nullable ComplaintQueue queue,
            @Nullable ComplaintStatus status,
            @Nullable String department,
            int page,
            int size) {
        List<Object> params = new ArrayList<>();
        String where = where(queue == null ? ComplaintQueue.OPEN : queue, status, department, params);
        List<Object> pageParams = new ArrayList<>(params);
        Timestamp now = Timestamp.from(Instant.now(clock));
        pageParams.add(now);
        pageParams.add(now);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<String> ids =
                jdbc.prepareStatement("SELECT c.id FROM complaint c" + where + ORDER + " LIMIT ? OFFSET ?", st -> {
                    bind(st, pageParams);
                    List<String> out = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                    return out;
                });
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM complaint c" + where, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new PageView<>(inOrder(ids), page, size, total);
    }

    /** A client's complaints, newest first. */
    @Connectable
    List<ComplaintCard> ofClient(String clientId) {
        return views.cards(complaints.findByClientIdOrderByReceivedAtDesc(clientId));
    }

    private List<ComplaintCard> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<ComplaintRow> rows = new ArrayList<>(complaints.findByIdIn(ids));
        rows.sort(Comparator.comparing(r -> position.get(r.id())));
        return views.cards(rows);
    }

    private String where(
            ComplaintQueue queue, @Nullable ComplaintStatus status, @Nullable String department, List<Object> params) {
        Handler me = handlers.current();
        List<String> and = new ArrayList<>();
        switch (queue) {
            case ALL -> {}
            case OPEN -> and.add("NOT " + OVER);
            case OVER -> and.add(OVER);
            case MINE -> {
                and.add("NOT " + OVER);
                and.add("c.owner = ?");
                params.add(me.username());
            }
            case MY_DEPARTMENTS -> {
                and.add("NOT " + OVER);
                Set<String> mine = new java.util.HashSet<>(me.leads());
                mine.addAll(me.worksIn());
                and.add(in("c.department_id", mine, params));
            }
            case MY_APPROVAL -> {
                and.add("c.status = 'REMEDY_PROPOSED'");
                and.add("c.remedy_by <> ?");
                params.add(me.username());
                if (!me.isAdmin()) {
                    and.add(in("c.department_id", me.leads(), params));
                }
            }
            case MY_CLIENTS -> {
                and.add("NOT " + OVER);
                and.add("c.client_id IN (SELECT o.client_id FROM client_owner o WHERE o.owner = ?)");
                params.add(me.username());
            }
        }
        if (status != null) {
            and.add("c.status = ?");
            params.add(status.name());
        }
        String dept = Texts.blankToNull(department);
        if (dept != null) {
            and.add("c.department_id = ?");
            params.add(dept.strip());
        }
        return and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and);
    }

    private static String in(String column, Collection<String> values, List<Object> params) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        params.addAll(values);
        return column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }
}
