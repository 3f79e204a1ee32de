package app.rapport.onetoone;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The one-to-one tables, and this feature's read-only view of purchases (for forecasts). */
final class Repositories {
    private Repositories() {}

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Facts extends CrudRepository<Rows.Fact, String> {
        List<Rows.Fact> findByClientId(String clientId);

        Optional<Rows.Fact> findByIdAndClientId(String id, String clientId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Needs extends CrudRepository<Rows.Need, String> {
        List<Rows.Need> findByClientIdOrderByRecordedAtDesc(String clientId);

        Optional<Rows.Need> findByIdAndClientId(String id, String clientId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Interactions extends CrudRepository<Rows.Interaction, String> {
        @Query("SELECT id, client_id, direction, channel, at, who, summary, response, recorded_by FROM interaction"
                + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
        List<Rows.Interaction> newestFirst(String clientId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Offers extends CrudRepository<Rows.Offer, String> {
        List<Rows.Offer> findByClientIdOrderByProposedAtDesc(String clientId);

        Optional<Rows.Offer> findByIdAndClientId(String id, String clientId);

        /** The offer, locked until the transaction ends (answering reads it this way). */
        Optional<Rows.Offer> findByIdAndClientIdForUpdate(String id, String clientId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rates extends CrudRepository<Rows.Rate, Rows.RateKey> {
        List<Rows.Rate> findByKeyClientId(String clientId);
    }

    /** Purchases as forecasts need them: per client and product, by day. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Usage extends GenericRepository<Rows.Rate, Rows.RateKey> {
        @Query("""
                SELECT p.client_id AS client_id, p.product_id AS product_id, p.purchased_on AS purchased_on,
                       SUM(p.quantity) AS quantity
                FROM purchase p WHERE p.client_id = :clientId
                GROUP BY p.client_id, p.product_id, p.purchased_on
                ORDER BY p.product_id, p.purchased_on""")
        List<Bought> ofClient(String clientId);

        @Query("""
                SELECT p.client_id AS client_id, p.product_id AS product_id, p.purchased_on AS purchased_on,
                       SUM(p.quantity) AS quantity
                FROM purchase p WHERE p.purchased_on > :periodStart
                GROUP BY p.client_id, p.product_id, p.purchased_on
                ORDER BY p.client_id, p.product_id, p.purchased_on""")
        List<Bought> since(LocalDate periodStart);
    }

    /** What a client bought of a product on one day (several purchases on the same day add up). */
    @Introspected
    record Bought(String clientId, String productId, LocalDate purchasedOn, BigDecimal quantity) {}
}
