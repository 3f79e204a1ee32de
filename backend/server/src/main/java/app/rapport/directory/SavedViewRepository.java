package app.rapport.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SavedViewRepository extends CrudRepository<SavedViewRow, String> {
    List<SavedViewRow> findByMemberOrderByName(String member);

    Optional<SavedViewRow> findByIdAndMember(String id, String member);
}
