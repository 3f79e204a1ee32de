package app.rapport.lifecycle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** Purchases and tiers as signals and the portfolio need them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FigureRepository extends GenericRepository<RelationshipRow, String> {
    @Query("""
            SELECT client_id, purchased_on, SUM(amount) AS amount FROM purchase WHERE purchased_on > :periodStart
            GROUP BY client_id, purchased_on ORDER BY client_id, purchased_on""")
    List<BoughtRow> boughtSince(LocalDate periodStart);

    @Query("""
            SELECT client_id, purchased_on, SUM(amount) AS amount FROM purchase
            WHERE client_id = :clientId AND purchased_on > :periodStart
            GROUP BY client_id, purchased_on ORDER BY purchased_on""")
    List<BoughtRow> boughtByClientSince(String clientId, LocalDate periodStart);

    @Query("SELECT client_id, MIN(purchased_on) AS first_on FROM purchase GROUP BY client_id")
    List<FirstPurchaseRow> firstPurchases();

    @Query("SELECT client_id, MIN(purchased_on) AS first_on FROM purchase WHERE client_id = :clientId"
            + " GROUP BY client_id")
    List<FirstPurchaseRow> firstPurchaseOf(String clientId);

    @Query("SELECT client_id, SUM(amount) AS revenue FROM purchase WHERE purchased_on > :periodStart"
            + " GROUP BY client_id")
    List<RevenueRow> revenueSince(LocalDate periodStart);

    @Query("SELECT client_id, tier_id FROM client_tier")
    List<TierOfRow> tiers();

    @Query("SELECT client_id, tier_id FROM client_tier WHERE client_id = :clientId")
    List<TierOfRow> tierOf(String clientId);
}
