package app.rapport.benchmark;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MeasurementRepository extends CrudRepository<MeasurementRow, String> {
    List<MeasurementRow> findByTargetIdOrderByMeasuredOn(String targetId);

    Optional<MeasurementRow> findByTargetIdAndMeasuredOn(String targetId, LocalDate measuredOn);
}
