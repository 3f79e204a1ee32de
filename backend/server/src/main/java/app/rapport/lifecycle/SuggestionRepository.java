package app.rapport.lifecycle;

import app.rapport.api.lifecycle.SuggestionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SuggestionRepository extends CrudRepository<SuggestionRow, String> {
    List<SuggestionRow> findByClientIdOrderByComputedAtDesc(String clientId);

    /** Erasure: the explanation of the signals and the reason a person gave for the decision. */
    @Query("UPDATE stage_suggestion SET explanation = :erased,"
            + " decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE :erased END"
            + " WHERE client_id = :clientId")
    int eraseTexts(String clientId, String erased);

    Optional<SuggestionRow> findByClientIdAndStatus(String clientId, SuggestionStatus status);

    /** The suggestion, locked until the transaction ends: accepting and dismissing read it this way. */
    Optional<SuggestionRow> findByIdForUpdate(String id);

    List<SuggestionRow> findByStatus(SuggestionStatus status);

    List<SuggestionRow> findByStatusAndDecidedAtGreaterThanEquals(SuggestionStatus status, Instant since);

    List<SuggestionRow> findByClientIdAndStatusAndDecidedAtGreaterThanEquals(
            String clientId, SuggestionStatus status, Instant since);

    /** Records the decision on a suggestion: its status, who decided when, and why. */
    void update(
            @Id String id,
            SuggestionStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason);
}
