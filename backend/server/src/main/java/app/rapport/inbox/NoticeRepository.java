package app.rapport.inbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NoticeRepository extends CrudRepository<NoticeRow, String> {
    @Query("SELECT id, recipient, kind, complaint_id, args, at, read_at FROM notice WHERE recipient = :recipient"
            + " ORDER BY seq DESC LIMIT :size OFFSET :offset")
    List<NoticeRow> newestFirst(String recipient, int size, long offset);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    Optional<NoticeRow> findByIdAndRecipient(String id, String recipient);

    @Query("UPDATE notice SET read_at = :at WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
    int markRead(String id, String recipient, Instant at);

    @Query("UPDATE notice SET read_at = :at WHERE recipient = :recipient AND read_at IS NULL")
    int markAllRead(String recipient, Instant at);
}
