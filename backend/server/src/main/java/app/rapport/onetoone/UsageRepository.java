package app.rapport.onetoone;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** Purchases as forecasts need them: per client and product, by day. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UsageRepository extends GenericRepository<RateRow, RateKey> {
    @Query("""
            SELECT p.client_id AS client_id, p.product_id AS product_id, p.purchased_on AS purchased_on,
                   SUM(p.quantity) AS quantity
            FROM purchase p WHERE p.client_id = :clientId
            GROUP BY p.client_id, p.product_id, p.purchased_on
            ORDER BY p.product_id, p.purchased_on""")
    List<BoughtRow> ofClient(String clientId);

    @Query("""
            SELECT p.client_id AS client_id, p.product_id AS product_id, p.purchased_on AS purchased_on,
                   SUM(p.quantity) AS quantity
            FROM purchase p WHERE p.purchased_on > :periodStart
            GROUP BY p.client_id, p.product_id, p.purchased_on
            ORDER BY p.client_id, p.product_id, p.purchased_on""")
    List<BoughtRow> since(LocalDate periodStart);
}
