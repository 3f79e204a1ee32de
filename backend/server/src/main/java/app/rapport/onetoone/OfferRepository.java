package app.rapport.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OfferRepository extends CrudRepository<OfferRow, String> {
    List<OfferRow> findByClientIdOrderByProposedAtDesc(String clientId);

    Optional<OfferRow> findByIdAndClientId(String id, String clientId);

    /** The offer, locked until the transaction ends (answering reads it this way). */
    Optional<OfferRow> findByIdAndClientIdForUpdate(String id, String clientId);

    /** Erasure: why the offer was made and what the client answered (the columns that change). */
    void update(@Id String id, String why, @Nullable String response);
}
