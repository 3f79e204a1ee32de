package app.rapport.care;

import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CareActionRepository extends CrudRepository<CareActionRow, String> {
    String ACTION_COLUMNS = "id, client_id, kind, title, instructions, due_on, owner, owner_role,"
            + " source, source_ref, stage, repeat_days, status, aimed_level, delivered_level, outcome, close_reason,"
            + " closed_at, closed_by, created_at, created_by";

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE client_id = :clientId ORDER BY due_on, seq")
    List<CareActionRow> ofClient(String clientId);

    List<CareActionRow> findByIdIn(Collection<String> ids);

    /** The action, locked until the transaction ends: a transition reads it this way before it writes. */
    Optional<CareActionRow> findByIdForUpdate(String id);

    List<CareActionRow> findByIdInForUpdate(Collection<String> ids);

    List<CareActionRow> findByClientIdAndStatusAndStage(String clientId, CareStatus status, Stage stage);

    boolean existsByClientIdAndSourceAndStatus(String clientId, CareSource source, CareStatus status);

    List<CareActionRow> findBySourceAndSourceRefAndStatusForUpdate(
            CareSource source, String sourceRef, CareStatus status);

    boolean existsBySourceAndSourceRefAndStatus(CareSource source, String sourceRef, CareStatus status);

    boolean existsByClientIdAndSourceAndSourceRefAndStatus(
            String clientId, CareSource source, String sourceRef, CareStatus status);

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND due_on <= :until"
            + " AND (owner = :owner OR (owner IS NULL AND owner_role = :role)) ORDER BY due_on, seq")
    List<CareActionRow> openFor(String owner, String role, LocalDate until);

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' ORDER BY due_on, seq")
    List<CareActionRow> allOpen();

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND owner = :owner"
            + " ORDER BY due_on, seq")
    List<CareActionRow> openOf(String owner);

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND owner IS NULL"
            + " ORDER BY due_on, seq")
    List<CareActionRow> openUnassigned();

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND client_id = :clientId"
            + " ORDER BY due_on, seq")
    List<CareActionRow> openOfClient(String clientId);

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status IN ('DONE', 'SKIPPED')"
            + " AND closed_at >= :periodStart")
    List<CareActionRow> closedSince(Instant periodStart);

    @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND due_on < :today")
    List<CareActionRow> overdue(LocalDate today);

    @Query("SELECT client_id, MAX(closed_at) AS at FROM care_action WHERE status = 'DONE' GROUP BY client_id")
    List<LastContactRow> lastDone();

    @Query("SELECT client_id FROM care_action WHERE status = 'PLANNED' AND source = 'CADENCE'")
    List<String> clientsWithOpenCadence();

    @Query("SELECT id FROM care_action WHERE client_id = :clientId")
    List<String> idsOf(String clientId);

    /**
     * Erasure: what people wrote about the client (instructions, outcome, why it was closed, and the title of an
     * action written by hand or promised in a touchpoint); a playbook's or cadence's title is the tenant's text.
     */
    @Query("UPDATE care_action SET"
            + " instructions = CASE WHEN instructions IS NULL THEN NULL ELSE :erased END,"
            + " outcome = CASE WHEN outcome IS NULL THEN NULL ELSE :erased END,"
            + " close_reason = CASE WHEN close_reason IS NULL THEN NULL ELSE :erased END,"
            + " title = CASE WHEN source IN ('MANUAL', 'FOLLOW_UP') THEN :erased ELSE title END"
            + " WHERE client_id = :clientId")
    int eraseTexts(String clientId, String erased);

    /** Hands the action to another member (the one column that changes). */
    void update(@Id String id, @Nullable String owner);

    /** Closes the action: its status, what was delivered, the outcome or reason, and who closed it when. */
    void update(
            @Id String id,
            CareStatus status,
            @Nullable ServiceLevel deliveredLevel,
            @Nullable String outcome,
            @Nullable String closeReason,
            Instant closedAt,
            String closedBy);
}
