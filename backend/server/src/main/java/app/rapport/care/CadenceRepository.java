package app.rapport.care;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Tiers as the care cadence needs them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CadenceRepository extends GenericRepository<OwnerRow, String> {
    @Query("SELECT ct.client_id AS client_id, t.id AS tier_id, t.name_en AS tier_name,"
            + " t.care_cadence_days AS care_cadence_days FROM client_tier ct JOIN tier t ON t.id = ct.tier_id")
    List<CadenceRow> all();
}
