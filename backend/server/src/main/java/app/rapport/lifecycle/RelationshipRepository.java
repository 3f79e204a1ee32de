package app.rapport.lifecycle;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RelationshipRepository extends CrudRepository<RelationshipRow, String> {
    /** The client's relationship, locked until the transaction ends: a stage change reads it this way. */
    Optional<RelationshipRow> findByIdForUpdate(String clientId);

    /** Clients that reached the schema without a relationship (bulk loads) begin in EXPLORATION. */
    @Query("INSERT INTO relationship (client_id, stage, stage_since) SELECT c.id, 'EXPLORATION', c.created_at"
            + " FROM client c LEFT JOIN relationship r ON r.client_id = c.id WHERE r.client_id IS NULL")
    void addMissing();

    /** Waits for the tenant's signals lock and holds it to the transaction's end (see {@code write_lock}). */
    @Query("SELECT name FROM write_lock WHERE name = 'lifecycle-signals' FOR UPDATE")
    List<String> lockSignals();
}
