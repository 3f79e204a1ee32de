package app.rapport.blueprint;

import app.rapport.api.blueprint.Lane;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StepRepository extends CrudRepository<StepRow, String> {
    List<StepRow> findByVersionId(String versionId);

    List<StepRow> findByLineageId(String lineageId);

    List<StepRow> findByIdIn(Collection<String> ids);

    @Query("SELECT version_id, COUNT(*) AS n FROM blueprint_step GROUP BY version_id")
    List<StepCountRow> counts();

    /** Touchpoint steps of published versions: what a touchpoint may be logged against. */
    @Query("""
            SELECT s.id AS step_id, b.id AS blueprint_id, b.name AS blueprint_name, s.name AS step_name, s.lane,
                   s.col, s.target_minutes, s.name_zh_cn AS step_name_zh_cn, s.name_zh_tw AS step_name_zh_tw,
                   b.name_zh_cn AS blueprint_name_zh_cn, b.name_zh_tw AS blueprint_name_zh_tw
            FROM blueprint_step s JOIN blueprint_version v ON v.id = s.version_id
            JOIN blueprint b ON b.id = v.blueprint_id
            WHERE v.status = 'PUBLISHED' AND s.touchpoint = TRUE ORDER BY b.name, s.col""")
    List<LoggableStepRow> loggable();

    /** The names of these steps and of their blueprints, in one query. */
    @Query("""
            SELECT s.id AS step_id, b.name AS blueprint_name, b.name_zh_cn AS blueprint_name_zh_cn,
                   b.name_zh_tw AS blueprint_name_zh_tw, s.name AS step_name, s.name_zh_cn AS step_name_zh_cn,
                   s.name_zh_tw AS step_name_zh_tw
            FROM blueprint_step s JOIN blueprint_version v ON v.id = s.version_id
            JOIN blueprint b ON b.id = v.blueprint_id
            WHERE s.id IN (:stepIds)""")
    List<StepLabelRow> labels(Collection<String> stepIds);

    /** Touchpoints logged against the version's steps in [periodStart, periodEnd). */
    @Query("""
            SELECT t.blueprint_step_id AS step_id, t.duration_minutes, t.rating FROM touchpoint t
            JOIN blueprint_step s ON s.id = t.blueprint_step_id
            WHERE s.version_id = :versionId AND t.at >= :periodStart AND t.at < :periodEnd""")
    List<TouchRow> touches(String versionId, Instant periodStart, Instant periodEnd);

    /** Moves a step to another cell of the diagram (the two columns that change). */
    void update(@Id String id, Lane lane, int col);
}
