package app.rapport.blueprint;

import app.rapport.api.blueprint.VersionStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VersionRepository extends CrudRepository<VersionRow, String> {
    List<VersionRow> findByBlueprintIdOrderByNumberDesc(String blueprintId);

    Optional<VersionRow> findByIdForUpdate(String id);

    /** Publishes a draft: its status and who published it when. */
    void update(@Id String id, VersionStatus status, Instant publishedAt, String publishedBy);

    /** Retires a published version: its status and who retired it when (publication stays as it was). */
    void updateRetired(@Id String id, VersionStatus status, Instant retiredAt, String retiredBy);
}
