package app.rapport.complaint;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DepartmentRepository extends CrudRepository<DepartmentRow, String> {
    @Query("SELECT id, name, lead_member, members, version, created_at, created_by FROM department ORDER BY name")
    List<DepartmentRow> byName();

    /** Replaces the department if it is still at {@code expected}; 0 when someone changed it in between. */
    @Query("UPDATE department SET name = :name, lead_member = :lead, members = :members, version = :expected + 1"
            + " WHERE id = :id AND version = :expected")
    int replace(String id, long expected, String name, String lead, String members);
}
