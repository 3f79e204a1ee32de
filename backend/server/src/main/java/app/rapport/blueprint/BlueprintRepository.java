package app.rapport.blueprint;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BlueprintRepository extends CrudRepository<BlueprintRow, String> {
    java.util.List<BlueprintRow> findByIdIn(java.util.Collection<String> ids);

    Optional<BlueprintRow> findByName(String name);

    /** The blueprint, locked until the transaction ends: every write to it or its versions takes this lock. */
    Optional<BlueprintRow> findByIdForUpdate(String id);
}
