package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Stage;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlaybookStepRepository extends CrudRepository<PlaybookStepRow, String> {
    List<PlaybookStepRow> findByStage(Stage stage);
}
