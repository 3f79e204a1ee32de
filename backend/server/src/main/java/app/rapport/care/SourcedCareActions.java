package app.rapport.care;

import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The care actions another feature planned for its own record (a complaint's follow-up): whether one is open, and
 * closing them when that record says the work was done elsewhere, or is no longer needed. Each close is audited.
 */
@Singleton
public class SourcedCareActions {
    private final CareActionRepository actions;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    SourcedCareActions(CareActionRepository actions, AuditLog audit, Actor actor, Clock clock) {
        this.actions = actions;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public boolean hasOpen(CareSource source, String sourceRef) {
        return actions.existsBySourceAndSourceRefAndStatus(source, sourceRef, CareStatus.PLANNED);
    }

    /** Completes the open actions of this source and reference with an outcome (the work was done elsewhere). */
    @Transactional
    public void done(CareSource source, String sourceRef, String outcome) {
        close(source, sourceRef, CareStatus.DONE, outcome, "COMPLETE");
    }

    /** Cancels the open actions of this source and reference (what they followed up is over). */
    @Transactional
    public void cancel(CareSource source, String sourceRef) {
        close(source, sourceRef, CareStatus.CANCELLED, null, "CANCEL");
    }

    private void close(CareSource source, String sourceRef, CareStatus status, String outcome, String auditAction) {
        for (CareActionRow before :
                actions.findBySourceAndSourceRefAndStatusForUpdate(source, sourceRef, CareStatus.PLANNED)) {
            actions.update(before.id(), status, null, outcome, null, Instant.now(clock), actor.name());
            audit.record(
                    auditAction,
                    "care_action",
                    before.id(),
                    before,
                    actions.findById(before.id()).orElseThrow());
        }
    }
}
