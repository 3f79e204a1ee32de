package app.rapport.tier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** Trailing figures per client, computed by the database (one pass over the purchases of the period). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TierFigureRepository extends GenericRepository<ClientTierRow, String> {
    @Query("""
            SELECT c.id AS client_id, COALESCE(SUM(p.amount), 0) AS revenue, COALESCE(SUM(p.margin), 0) AS margin,
                   COUNT(p.id) AS purchases, MAX(p.purchased_on) AS last_purchase_on
            FROM client c LEFT JOIN purchase p ON p.client_id = c.id AND p.purchased_on > :periodStart
            GROUP BY c.id""")
    List<ClientValue> all(LocalDate periodStart);

    @Query("""
            SELECT c.id AS client_id, COALESCE(SUM(p.amount), 0) AS revenue, COALESCE(SUM(p.margin), 0) AS margin,
                   COUNT(p.id) AS purchases, MAX(p.purchased_on) AS last_purchase_on
            FROM client c LEFT JOIN purchase p ON p.client_id = c.id AND p.purchased_on > :periodStart
            WHERE c.id = :clientId
            GROUP BY c.id""")
    List<ClientValue> ofClient(String clientId, LocalDate periodStart);

    /** The client's revenue of the days after {@code from} up to and including {@code to}. */
    @Query("SELECT COALESCE(SUM(amount), 0) FROM purchase WHERE client_id = :clientId AND purchased_on > :from"
            + " AND purchased_on <= :to")
    java.math.BigDecimal revenueBetween(String clientId, LocalDate from, LocalDate to);

    @Query("""
            SELECT c.id AS client_id, c.name AS name, ct.tier_id AS tier_id, SUM(p.amount) AS revenue,
                   SUM(p.margin) AS margin, COUNT(p.id) AS purchases, MAX(p.purchased_on) AS last_purchase_on
            FROM client c JOIN purchase p ON p.client_id = c.id AND p.purchased_on > :periodStart
            LEFT JOIN client_tier ct ON ct.client_id = c.id
            GROUP BY c.id, c.name, ct.tier_id
            ORDER BY SUM(p.amount) DESC, c.name LIMIT :limit""")
    List<RankedRow> byRevenue(LocalDate periodStart, int limit);

    @Query("""
            SELECT c.id AS client_id, c.name AS name, ct.tier_id AS tier_id, SUM(p.amount) AS revenue,
                   SUM(p.margin) AS margin, COUNT(p.id) AS purchases, MAX(p.purchased_on) AS last_purchase_on
            FROM client c JOIN purchase p ON p.client_id = c.id AND p.purchased_on > :periodStart
            LEFT JOIN client_tier ct ON ct.client_id = c.id
            GROUP BY c.id, c.name, ct.tier_id
            ORDER BY SUM(p.margin) DESC, c.name LIMIT :limit""")
    List<RankedRow> byMargin(LocalDate periodStart, int limit);
}
