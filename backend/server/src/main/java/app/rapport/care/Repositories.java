package app.rapport.care;

import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.lifecycle.Stage;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The care tables, and this feature's read-only view of tiers (care cadence). */
final class Repositories {
    private Repositories() {}

    private static final String ACTION_COLUMNS = "id, client_id, kind, title, instructions, due_on, owner, owner_role,"
            + " source, source_ref, stage, repeat_days, status, aimed_level, delivered_level, outcome, close_reason,"
            + " closed_at, closed_by, created_at, created_by";

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Actions extends CrudRepository<Rows.Action, String> {
        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE client_id = :clientId ORDER BY due_on, seq")
        List<Rows.Action> ofClient(String clientId);

        List<Rows.Action> findByIdIn(Collection<String> ids);

        /** The action, locked until the transaction ends: a transition reads it this way before it writes. */
        Optional<Rows.Action> findByIdForUpdate(String id);

        List<Rows.Action> findByIdInForUpdate(Collection<String> ids);

        List<Rows.Action> findByClientIdAndStatusAndStage(String clientId, CareStatus status, Stage stage);

        boolean existsByClientIdAndSourceAndStatus(String clientId, CareSource source, CareStatus status);

        boolean existsByClientIdAndSourceAndSourceRefAndStatus(
                String clientId, CareSource source, String sourceRef, CareStatus status);

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND due_on <= :until"
                + " AND (owner = :owner OR (owner IS NULL AND owner_role = :role)) ORDER BY due_on, seq")
        List<Rows.Action> openFor(String owner, String role, LocalDate until);

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' ORDER BY due_on, seq")
        List<Rows.Action> allOpen();

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND owner = :owner"
                + " ORDER BY due_on, seq")
        List<Rows.Action> openOf(String owner);

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND owner IS NULL"
                + " ORDER BY due_on, seq")
        List<Rows.Action> openUnassigned();

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND client_id = :clientId"
                + " ORDER BY due_on, seq")
        List<Rows.Action> openOfClient(String clientId);

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status IN ('DONE', 'SKIPPED')"
                + " AND closed_at >= :periodStart")
        List<Rows.Action> closedSince(Instant periodStart);

        @Query("SELECT " + ACTION_COLUMNS + " FROM care_action WHERE status = 'PLANNED' AND due_on < :today")
        List<Rows.Action> overdue(LocalDate today);

        @Query("SELECT client_id, COUNT(*) AS n FROM care_action WHERE status = 'PLANNED'"
                + " AND kind = 'COMPLAINT_FOLLOW_UP' GROUP BY client_id")
        List<Rows.Count> openComplaints();

        @Query("SELECT client_id, MAX(closed_at) AS at FROM care_action WHERE status = 'DONE' GROUP BY client_id")
        List<Rows.LastContact> lastDone();

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
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Owners extends CrudRepository<Rows.Owner, String> {
        List<Rows.Owner> findByOwner(String owner);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Touchpoints extends CrudRepository<Rows.Touchpoint, String> {
        @Query("SELECT id, client_id, channel, at, duration_minutes, what, rating, sentiment, service_level,"
                + " contact_person, blueprint_step_id, follow_up_action_id, recorded_by, recorded_at FROM touchpoint"
                + " WHERE client_id = :clientId ORDER BY at DESC, seq DESC")
        List<Rows.Touchpoint> newestFirst(String clientId);

        @Query("SELECT id FROM touchpoint WHERE client_id = :clientId")
        List<String> idsOf(String clientId);

        /** Erasure: what happened and who was spoken to; channel, time, rating and step stay for the figures. */
        @Query("UPDATE touchpoint SET what = :erased, contact_person = NULL WHERE client_id = :clientId")
        int eraseTexts(String clientId, String erased);

        @Query("SELECT client_id, MAX(at) AS at FROM touchpoint GROUP BY client_id")
        List<Rows.LastContact> lastTouchpoints();

        @Query("SELECT client_id, at, rating, sentiment FROM touchpoint WHERE at >= :periodStart"
                + " AND (rating IS NOT NULL OR sentiment IS NOT NULL) ORDER BY client_id, at DESC, seq DESC")
        List<Rows.Reaction> reactionsSince(Instant periodStart);

        @Query("SELECT client_id, at, rating, sentiment FROM touchpoint WHERE client_id = :clientId"
                + " AND at >= :periodStart AND (rating IS NOT NULL OR sentiment IS NOT NULL)"
                + " ORDER BY client_id, at DESC, seq DESC")
        List<Rows.Reaction> reactionsOfClientSince(String clientId, Instant periodStart);
    }

    /** Tiers as the care cadence needs them. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Cadences extends GenericRepository<Rows.Owner, String> {
        @Query("SELECT ct.client_id AS client_id, t.id AS tier_id, t.name_en AS tier_name,"
                + " t.care_cadence_days AS care_cadence_days FROM client_tier ct JOIN tier t ON t.id = ct.tier_id")
        List<Rows.Cadence> all();
    }
}
