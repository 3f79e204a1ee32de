package app.rapport.onetoone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InteractionRepository extends CrudRepository<InteractionRow, String> {
    @Query("SELECT id, client_id, direction, channel, at, who, summary, response, recorded_by FROM interaction"
            + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
    List<InteractionRow> newestFirst(String clientId);

    /** Erasure: who spoke, what was said and answered (the columns that change). */
    void update(@Id String id, String who, String summary, @Nullable String response);
}
