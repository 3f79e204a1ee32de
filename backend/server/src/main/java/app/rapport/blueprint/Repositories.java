package app.rapport.blueprint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The blueprint tables, and this feature's read-only view of touchpoints. */
final class Repositories {
    private Repositories() {}

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Blueprints extends CrudRepository<Rows.Blueprint, String> {
        Optional<Rows.Blueprint> findByName(String name);

        /** The blueprint, locked until the transaction ends: every write to it or its versions takes this lock. */
        Optional<Rows.Blueprint> findByIdForUpdate(String id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Versions extends CrudRepository<Rows.Version, String> {
        List<Rows.Version> findByBlueprintIdOrderByNumberDesc(String blueprintId);

        Optional<Rows.Version> findByIdForUpdate(String id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Steps extends CrudRepository<Rows.Step, String> {
        List<Rows.Step> findByVersionId(String versionId);

        List<Rows.Step> findByLineageId(String lineageId);

        List<Rows.Step> findByIdIn(Collection<String> ids);

        @Query("SELECT version_id, COUNT(*) AS n FROM blueprint_step GROUP BY version_id")
        List<Rows.StepCount> counts();

        /** Touchpoint steps of published versions: what a touchpoint may be logged against. */
        @Query("""
                SELECT s.id AS step_id, b.id AS blueprint_id, b.name AS blueprint_name, s.name AS step_name, s.lane,
                       s.col, s.target_minutes, s.name_zh_cn AS step_name_zh_cn, s.name_zh_tw AS step_name_zh_tw
                FROM blueprint_step s JOIN blueprint_version v ON v.id = s.version_id
                JOIN blueprint b ON b.id = v.blueprint_id
                WHERE v.status = 'PUBLISHED' AND s.touchpoint = TRUE ORDER BY b.name, s.col""")
        List<Rows.LoggableStep> loggable();

        /** Touchpoints logged against the version's steps in [periodStart, periodEnd). */
        @Query("""
                SELECT t.blueprint_step_id AS step_id, t.duration_minutes, t.rating FROM touchpoint t
                JOIN blueprint_step s ON s.id = t.blueprint_step_id
                WHERE s.version_id = :versionId AND t.at >= :periodStart AND t.at < :periodEnd""")
        List<Rows.Touch> touches(String versionId, Instant periodStart, Instant periodEnd);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Flows extends CrudRepository<Rows.Flow, String> {
        List<Rows.Flow> findByVersionId(String versionId);
    }
}
