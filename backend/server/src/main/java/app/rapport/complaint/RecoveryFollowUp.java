package app.rapport.complaint;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import app.rapport.care.CareActions;
import app.rapport.care.Members;
import app.rapport.care.SourcedCareActions;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The care action that follows a complaint's recovery: once the remedy is approved, the complaint's owner is to follow
 * up within {@value #DAYS} days to confirm the client is satisfied. Its title is the complaint's reference ("C-42"),
 * which the UI words in the reader's language; ticking the follow-up on the checklist completes it, and closing or
 * reopening the complaint cancels it if it is still open.
 */
@Singleton
class RecoveryFollowUp {
    static final int DAYS = 2;

    private final CareActions care;
    private final SourcedCareActions sourced;
    private final Members members;
    private final Clock clock;

    RecoveryFollowUp(CareActions care, SourcedCareActions sourced, Members members, Clock clock) {
        this.care = care;
        this.sourced = sourced;
        this.members = members;
        this.clock = clock;
    }

    void plan(ComplaintRow c) {
        if (sourced.hasOpen(CareSource.COMPLAINT, c.id())) {
            return;
        }
        String role = members.all().stream()
                .filter(m -> m.username().equals(c.owner()))
                .map(Member::role)
                .findFirst()
                .orElse(TenantRole.ACCOUNT_MANAGER)
                .name();
        care.schedule(
                new CareActions.Plan(
                        c.clientId(),
                        CareKind.COMPLAINT_FOLLOW_UP,
                        reference(c),
                        null,
                        LocalDate.now(clock).plusDays(DAYS),
                        role,
                        CareSource.COMPLAINT,
                        c.id(),
                        null,
                        null,
                        null),
                c.owner());
    }

    /** The follow-up was done on the checklist: its care action is done too. */
    void done(ComplaintRow c, String outcome) {
        sourced.done(CareSource.COMPLAINT, c.id(), outcome);
    }

    /** The complaint closed or reopened: a follow-up still open is no longer needed. */
    void cancel(ComplaintRow c) {
        sourced.cancel(CareSource.COMPLAINT, c.id());
    }

    static String reference(ComplaintRow c) {
        return "C-" + c.number();
    }
}
