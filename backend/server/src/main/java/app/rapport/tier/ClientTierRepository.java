package app.rapport.tier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClientTierRepository extends CrudRepository<ClientTierRow, String> {
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
