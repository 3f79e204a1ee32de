package app.rapport.directory;

import app.rapport.api.client.ClientKind;
import app.rapport.api.common.PageView;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.lifecycle.Stage;
import app.rapport.platform.Texts;
import app.rapport.platform.security.Actor;
import app.rapport.platform.security.Roles;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client list in one statement (and one count): each client joined with its tier, stage and owner, its
 * trailing-12-month revenue and its last contact (the later of the last touchpoint and the last care action done),
 * filtered and ordered by the database. Revenue is left out — not computed, not sortable — for service staff.
 *
 * <p>Each filter adds a fixed fragment with a placeholder; the order comes from {@link DirectorySort}. Nothing the
 * caller sends is concatenated into the statement.
 */
@Singleton
public class Directory {
    private static final String CONTACT = """
            LEFT JOIN (SELECT client_id, MAX(at) AS at FROM touchpoint GROUP BY client_id) tp ON tp.client_id = c.id
            LEFT JOIN (SELECT client_id, MAX(closed_at) AS at FROM care_action WHERE status = 'DONE'
                       GROUP BY client_id) done ON done.client_id = c.id
            """;
    private static final String REVENUE = """
            LEFT JOIN (SELECT client_id, SUM(amount) AS revenue FROM purchase WHERE purchased_on > ?
                       GROUP BY client_id) p ON p.client_id = c.id
            """;

    private final JdbcOperations jdbc;
    private final Actor actor;
    private final Clock clock;

    Directory(JdbcOperations jdbc, Actor actor, Clock clock) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.clock = clock;
    }

    /** Whether the caller sees other clients' revenue (service staff do not). */
    boolean revenueVisible() {
        return actor.has(Roles.TENANT_ADMIN) || actor.has(Roles.ACCOUNT_MANAGER);
    }

    @Connectable
    public PageView<DirectoryEntry> page(ClientFilter filter, int page, int size) {
        boolean revenue = revenueVisible();
        DirectorySort.Parsed sort = DirectorySort.parse(filter.sort(), revenue);
        LocalDate today = LocalDate.now(clock);
        List<Object> params = new ArrayList<>();
        String rows =
                select(filter, revenue, true, today, params) + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?";
        params.add(size);
        params.add((long) page * size);
        List<DirectoryEntry> items = jdbc.prepareStatement(rows, st -> {
            bind(st, params);
            List<DirectoryEntry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs, revenue));
                }
            }
            return out;
        });
        List<Object> countParams = new ArrayList<>();
        String count = "SELECT COUNT(*) FROM (" + select(filter, false, filter.silentDays() != null, today, countParams)
                + ") n";
        long total = jdbc.prepareStatement(count, st -> {
            bind(st, countParams);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new PageView<>(items, page, size, total);
    }

    private String select(ClientFilter f, boolean revenue, boolean contact, LocalDate today, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT c.id, c.kind, c.name, c.city, c.email, c.phone,"
                + " c.industry, c.erased_at, c.created_at, c.updated_at, ct.tier_id, t.tier_rank,"
                + " COALESCE(r.stage, 'EXPLORATION') AS stage, o.owner, ");
        sql.append(revenue ? "COALESCE(p.revenue, 0)" : "NULL").append(" AS revenue12m, ");
        sql.append(contact ? "GREATEST(COALESCE(tp.at, done.at), COALESCE(done.at, tp.at))" : "NULL")
                .append(" AS last_contact_at FROM client c")
                .append(" LEFT JOIN client_tier ct ON ct.client_id = c.id LEFT JOIN tier t ON t.id = ct.tier_id")
                .append(" LEFT JOIN relationship r ON r.client_id = c.id")
                .append(" LEFT JOIN client_owner o ON o.client_id = c.id ");
        if (revenue) {
            sql.append(REVENUE);
            params.add(today.minusYears(1));
        }
        if (contact) {
            sql.append(CONTACT);
        }
        sql.append(") x WHERE 1 = 1");
        String q = Texts.blankToNull(f.q());
        if (q != null) {
            sql.append(" AND (x.name LIKE CONCAT('%', ?, '%') OR x.email LIKE CONCAT('%', ?, '%')"
                    + " OR x.phone LIKE CONCAT('%', ?, '%') OR x.city LIKE CONCAT('%', ?, '%')"
                    + " OR x.industry LIKE CONCAT('%', ?, '%'))");
            String term = Texts.likeLiteral(q);
            for (int i = 0; i < 5; i++) {
                params.add(term);
            }
        }
        String tier = Texts.blankToNull(f.tier());
        if (ClientFilter.NONE.equals(tier)) {
            sql.append(" AND x.tier_id IS NULL");
        } else if (tier != null) {
            sql.append(" AND x.tier_id = ?");
            params.add(tier);
        }
        if (f.stage() != null) {
            sql.append(" AND x.stage = ?");
            params.add(f.stage().name());
        }
        String owner = f.mine() ? actor.name() : Texts.blankToNull(f.owner());
        if (ClientFilter.NONE.equals(owner)) {
            sql.append(" AND x.owner IS NULL");
        } else if (owner != null) {
            sql.append(" AND x.owner = ?");
            params.add(owner);
        }
        if (f.silentDays() != null) {
            Instant since = today.minusDays(f.silentDays())
                    .atStartOfDay(clock.getZone())
                    .toInstant();
            sql.append(" AND (x.last_contact_at IS NULL OR x.last_contact_at < ?)");
            params.add(Timestamp.from(since));
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static DirectoryEntry entry(ResultSet rs, boolean revenue) throws SQLException {
        return new DirectoryEntry(
                rs.getString("id"),
                ClientKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("city"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("tier_id"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("owner"),
                revenue ? rs.getBigDecimal("revenue12m") : null,
                instant(rs.getTimestamp("last_contact_at")),
                instant(rs.getTimestamp("erased_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
