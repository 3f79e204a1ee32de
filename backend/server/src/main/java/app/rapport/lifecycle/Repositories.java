package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.SuggestionStatus;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The lifecycle tables, and this feature's read-only view of purchases and tiers (signals, portfolio). */
final class Repositories {
    private Repositories() {}

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Relationships extends CrudRepository<Rows.Relationship, String> {
        /** The client's relationship, locked until the transaction ends: a stage change reads it this way. */
        Optional<Rows.Relationship> findByIdForUpdate(String clientId);

        /** Clients that reached the schema without a relationship (bulk loads) begin in EXPLORATION. */
        @Query("INSERT INTO relationship (client_id, stage, stage_since) SELECT c.id, 'EXPLORATION', c.created_at"
                + " FROM client c LEFT JOIN relationship r ON r.client_id = c.id WHERE r.client_id IS NULL")
        void addMissing();

        /** Waits for the tenant's signals lock and holds it to the transaction's end (see {@code write_lock}). */
        @Query("SELECT name FROM write_lock WHERE name = 'lifecycle-signals' FOR UPDATE")
        List<String> lockSignals();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface StageChanges extends CrudRepository<Rows.StageChange, String> {
        @Query("SELECT id FROM stage_change WHERE client_id = :clientId")
        List<String> idsOf(String clientId);

        /** Erasure: the reasons people gave for moving the client. */
        @Query("UPDATE stage_change SET reason = :erased WHERE client_id = :clientId")
        int eraseReasons(String clientId, String erased);

        @Query("SELECT id, client_id, from_stage, to_stage, at, actor, reason, suggestion_id, scheduled, cancelled"
                + " FROM stage_change WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
        List<Rows.StageChange> newestFirst(String clientId);

        @Query("SELECT id, client_id, from_stage, to_stage, at, actor, reason, suggestion_id, scheduled, cancelled"
                + " FROM stage_change WHERE at >= :periodStart AND from_stage IS NOT NULL")
        List<Rows.StageChange> movesSince(Instant periodStart);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Suggestions extends CrudRepository<Rows.Suggestion, String> {
        List<Rows.Suggestion> findByClientIdOrderByComputedAtDesc(String clientId);

        /** Erasure: the explanation of the signals and the reason a person gave for the decision. */
        @Query("UPDATE stage_suggestion SET explanation = :erased,"
                + " decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE :erased END"
                + " WHERE client_id = :clientId")
        int eraseTexts(String clientId, String erased);

        Optional<Rows.Suggestion> findByClientIdAndStatus(String clientId, SuggestionStatus status);

        /** The suggestion, locked until the transaction ends: accepting and dismissing read it this way. */
        Optional<Rows.Suggestion> findByIdForUpdate(String id);

        List<Rows.Suggestion> findByStatus(SuggestionStatus status);

        List<Rows.Suggestion> findByStatusAndDecidedAtGreaterThanEquals(SuggestionStatus status, Instant since);

        List<Rows.Suggestion> findByClientIdAndStatusAndDecidedAtGreaterThanEquals(
                String clientId, SuggestionStatus status, Instant since);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Steps extends CrudRepository<Rows.Step, String> {
        List<Rows.Step> findByStage(Stage stage);
    }

    /** Purchases and tiers as signals and the portfolio need them. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Figures extends GenericRepository<Rows.Relationship, String> {
        @Query("""
                SELECT client_id, purchased_on, SUM(amount) AS amount FROM purchase WHERE purchased_on > :periodStart
                GROUP BY client_id, purchased_on ORDER BY client_id, purchased_on""")
        List<Rows.Bought> boughtSince(LocalDate periodStart);

        @Query("""
                SELECT client_id, purchased_on, SUM(amount) AS amount FROM purchase
                WHERE client_id = :clientId AND purchased_on > :periodStart
                GROUP BY client_id, purchased_on ORDER BY purchased_on""")
        List<Rows.Bought> boughtByClientSince(String clientId, LocalDate periodStart);

        @Query("SELECT client_id, MIN(purchased_on) AS first_on FROM purchase GROUP BY client_id")
        List<Rows.First> firstPurchases();

        @Query("SELECT client_id, MIN(purchased_on) AS first_on FROM purchase WHERE client_id = :clientId"
                + " GROUP BY client_id")
        List<Rows.First> firstPurchaseOf(String clientId);

        @Query("SELECT client_id, SUM(amount) AS revenue FROM purchase WHERE purchased_on > :periodStart"
                + " GROUP BY client_id")
        List<Rows.Revenue> revenueSince(LocalDate periodStart);

        @Query("SELECT client_id, tier_id FROM client_tier")
        List<Rows.TierOf> tiers();

        @Query("SELECT client_id, tier_id FROM client_tier WHERE client_id = :clientId")
        List<Rows.TierOf> tierOf(String clientId);
    }
}
