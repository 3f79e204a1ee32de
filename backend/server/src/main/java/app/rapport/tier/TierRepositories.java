package app.rapport.tier;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The tier feature's tables, and its read-only view of purchases (the figures tiers are computed from). */
final class TierRepositories {
    private TierRepositories() {}

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Tiers extends CrudRepository<TierRow, String> {
        List<TierRow> findAllOrderByTierRank();
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Settings extends CrudRepository<TierSettingsRow, Integer> {
        /** Notes a classification run without touching the version an admin's edit is checked against. */
        @Query("UPDATE tier_settings SET last_run_at = :at WHERE id = 1")
        void ranAt(Instant at);

        /** The settings row, locked until the transaction ends: tier writes (settings, runs, pins) take it first. */
        Optional<TierSettingsRow> findByIdForUpdate(Integer id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ClientTiers extends CrudRepository<ClientTierRow, String> {
        /** Clients graded in a tier that the new settings no longer have: ungraded, and their pin on it ends. */
        @Query("UPDATE client_tier SET tier_id = NULL, pinned = FALSE, pin_reason = NULL, pin_until = NULL,"
                + " pinned_by = NULL WHERE tier_id IS NOT NULL AND tier_id NOT IN (:kept)")
        void unclassifyOutside(Collection<String> kept);

        @Query("SELECT client_id, tier_id, since, pinned, pin_reason, pin_until, pinned_by FROM client_tier"
                + " WHERE tier_id IS NOT NULL AND tier_id NOT IN (:kept)")
        List<ClientTierRow> gradedOutside(Collection<String> kept);

        /** Erasure: the words a person typed when pinning the client's tier. */
        @Query("UPDATE client_tier SET pin_reason = :erased WHERE client_id = :clientId AND pin_reason IS NOT NULL")
        int erasePinReason(String clientId, String erased);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Changes extends CrudRepository<TierChangeRow, String> {
        @Query("SELECT id, client_id, from_tier_id, to_tier_id, at, method, reason, figures, actor FROM tier_change"
                + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
        List<TierChangeRow> newestFirst(String clientId);

        /** Erasure: reasons people wrote by hand (pins); the run's own reasons are figures, not words about a person. */
        @Query("UPDATE tier_change SET reason = :erased WHERE client_id = :clientId AND method = 'PIN'")
        int erasePinReasons(String clientId, String erased);
    }

    /** Trailing figures per client, computed by the database (one pass over the purchases of the period). */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Figures extends GenericRepository<ClientTierRow, String> {
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

    @Introspected
    record RankedRow(
            String clientId,
            String name,
            @Nullable String tierId,
            java.math.BigDecimal revenue,
            java.math.BigDecimal margin,
            int purchases,
            @Nullable LocalDate lastPurchaseOn) {}
}
