package app.rapport.survey;

import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import app.rapport.care.CareActions;
import app.rapport.care.ClientOwners;
import app.rapport.care.Members;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The inner loop: a detractor or a dissatisfied answer opens a call-back for the client's owner, due within the
 * tenant's follow-up days (the tenant's today). Its title is the figure that triggered it ("NPS:3", "CSAT:2"), which
 * the UI words in the reader's language; its reference is the invitation. Without an owner it waits in the account
 * managers' queue.
 */
@Singleton
class SurveyFollowUp {
    /** The title of a care action that sends a rule's invitation. */
    static final String SEND = "SEND";

    private final CareActions care;
    private final ClientOwners owners;
    private final Members members;
    private final Clock clock;

    SurveyFollowUp(CareActions care, ClientOwners owners, Members members, Clock clock) {
        this.care = care;
        this.owners = owners;
        this.members = members;
        this.clock = clock;
    }

    /** Plans the call-back; answers its care action's id. */
    String plan(Invitation invitation, AnswersPolicy.Figures figures, int followUpDays) {
        return schedule(
                invitation,
                CareKind.SURVEY_FOLLOW_UP,
                title(figures),
                LocalDate.now(clock).plusDays(followUpDays));
    }

    /** Plans the call-back due on {@code dueOn} (answers recorded after they were given); answers its id. */
    String plan(Invitation invitation, AnswersPolicy.Figures figures, LocalDate dueOn) {
        return schedule(invitation, CareKind.SURVEY_FOLLOW_UP, title(figures), dueOn);
    }

    /**
     * A rule's invitation was sent: its owner delivers the link today (the title "SEND", which the UI words); answers
     * the care action's id.
     */
    String planSending(Invitation invitation) {
        return schedule(invitation, CareKind.SURVEY_SEND, SEND, LocalDate.now(clock));
    }

    private String schedule(Invitation invitation, CareKind kind, String title, LocalDate dueOn) {
        String owner = owners.ownerOf(invitation.clientId());
        String role = members.all().stream()
                .filter(m -> m.username().equals(owner))
                .map(Member::role)
                .findFirst()
                .orElse(TenantRole.ACCOUNT_MANAGER)
                .name();
        return care.schedule(
                        new CareActions.Plan(
                                invitation.clientId(),
                                kind,
                                title,
                                null,
                                dueOn,
                                role,
                                CareSource.SURVEY,
                                invitation.id(),
                                null,
                                null,
                                null),
                        owner)
                .id();
    }

    static String title(AnswersPolicy.Figures f) {
        return f.nps() != null && f.nps() <= 6 ? "NPS:" + f.nps() : "CSAT:" + f.csat();
    }
}
