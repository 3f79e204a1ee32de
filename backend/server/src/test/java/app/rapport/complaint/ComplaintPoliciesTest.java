package app.rapport.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.Channel;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The complaint policies on worked examples: which step belongs to which status (the state machine), who takes each
 * step (a supervisor other than the proposer), and when a recovery is done.
 */
class ComplaintPoliciesTest {
    private static final String DESK = "desk";

    static ComplaintRow complaint(ComplaintStatus status, String remedyBy) {
        return new ComplaintRow(
                "c1",
                42L,
                "client",
                null,
                Channel.PHONE,
                Severity.HIGH,
                "Late",
                null,
                null,
                null,
                null,
                status,
                "staff.owner",
                true,
                "Stands",
                DESK,
                "STAFF_MISTAKE",
                null,
                "A visit",
                remedyBy,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                "staff.owner",
                null,
                0,
                null,
                null,
                3);
    }

    static Handler admin() {
        return new Handler("the.admin", "TENANT_ADMIN", Set.of(), Set.of());
    }

    static Handler lead() {
        return new Handler("the.lead", "ACCOUNT_MANAGER", Set.of(DESK), Set.of());
    }

    static Handler member() {
        return new Handler("the.member", "SERVICE_STAFF", Set.of(), Set.of(DESK));
    }

    static Handler stranger() {
        return new Handler("a.stranger", "SERVICE_STAFF", Set.of(), Set.of());
    }

    @Test
    void each_step_belongs_to_its_status_and_a_complaint_that_is_over_can_only_be_reopened() {
        assertTrue(StepPolicy.allows(ComplaintStatus.RECEIVED, ComplaintAction.JUDGE));
        assertFalse(StepPolicy.allows(ComplaintStatus.RECEIVED, ComplaintAction.PROPOSE));
        assertTrue(StepPolicy.allows(ComplaintStatus.ANALYSED, ComplaintAction.ANALYSE), "analysis may be revised");
        assertFalse(StepPolicy.allows(ComplaintStatus.REMEDY_PROPOSED, ComplaintAction.ANALYSE));
        assertTrue(StepPolicy.allows(ComplaintStatus.IN_RECOVERY, ComplaintAction.RECOVER));
        assertFalse(StepPolicy.allows(ComplaintStatus.RESOLVED, ComplaintAction.RECOVER));
        for (ComplaintStatus over : List.of(ComplaintStatus.CLOSED, ComplaintStatus.NOT_UPHELD)) {
            for (ComplaintAction a : ComplaintAction.values()) {
                assertEquals(a == ComplaintAction.REOPEN, StepPolicy.allows(over, a), over + " " + a);
            }
        }
        assertEquals(
                ProblemCode.WRONG_STEP,
                StepPolicy.refusal(ComplaintStatus.CLOSED, ComplaintAction.JUDGE)
                        .orElseThrow()
                        .code());
    }

    @Test
    void a_reopened_complaint_not_upheld_is_judged_again_and_a_closed_one_goes_back_to_its_department() {
        assertEquals(ComplaintStatus.RECEIVED, StepPolicy.reopenedTo(ComplaintStatus.NOT_UPHELD));
        assertEquals(ComplaintStatus.ASSIGNED, StepPolicy.reopenedTo(ComplaintStatus.CLOSED));
    }

    @Test
    void a_remedy_is_approved_by_a_supervisor_other_than_the_one_who_proposed_it() {
        ComplaintRow byLead = complaint(ComplaintStatus.REMEDY_PROPOSED, "the.lead");
        assertEquals(
                ProblemCode.OWN_REMEDY,
                HandlerPolicy.refusal(ComplaintAction.DECIDE, byLead, lead())
                        .orElseThrow()
                        .code());
        assertTrue(
                HandlerPolicy.refusal(ComplaintAction.DECIDE, byLead, admin()).isEmpty());
        ComplaintRow byMember = complaint(ComplaintStatus.REMEDY_PROPOSED, "the.member");
        assertTrue(
                HandlerPolicy.refusal(ComplaintAction.DECIDE, byMember, lead()).isEmpty());
        assertEquals(
                ProblemCode.NOT_YOUR_STEP,
                HandlerPolicy.refusal(ComplaintAction.DECIDE, byMember, member())
                        .orElseThrow()
                        .code(),
                "a member is no supervisor");
    }

    @Test
    void the_department_analyses_and_whoever_handles_the_complaint_carries_out_the_recovery() {
        ComplaintRow c = complaint(ComplaintStatus.ASSIGNED, null);
        assertTrue(HandlerPolicy.refusal(ComplaintAction.ANALYSE, c, member()).isEmpty());
        assertTrue(HandlerPolicy.refusal(ComplaintAction.ANALYSE, c, stranger()).isPresent());
        Handler owner = new Handler("staff.owner", "SERVICE_STAFF", Set.of(), Set.of());
        assertTrue(HandlerPolicy.refusal(ComplaintAction.RECOVER, c, owner).isEmpty(), "the owner ticks the list");
        assertTrue(HandlerPolicy.refusal(ComplaintAction.ACCOUNT, c, owner).isPresent(), "but judges nobody");
        assertTrue(HandlerPolicy.refusal(ComplaintAction.JUDGE, c, owner).isPresent());
    }

    @Test
    void a_recovery_is_done_when_every_item_is_done_or_waived_and_accountability_notice_and_feedback_are_recorded() {
        ComplaintRow open = complaint(ComplaintStatus.IN_RECOVERY, "the.member");
        List<RecoveryRow> two = List.of(item(RecoveryItem.APOLOGY, false), item(RecoveryItem.COMPENSATION, true));
        assertEquals(
                List.of("URGENT_REMEDY", "EMPATHY", "FOLLOW_UP", "ACCOUNTABILITY", "CLIENT_NOTIFIED", "FEEDBACK"),
                ResolutionPolicy.open(open, two));
        ComplaintRow recorded = new ComplaintRow.Builder(open)
                .accountability("Desk", "Retrained")
                .notice("Phoned")
                .feedback(false, "Still unhappy")
                .build();
        List<RecoveryRow> all = java.util.Arrays.stream(RecoveryItem.values())
                .map(i -> item(i, i == RecoveryItem.COMPENSATION))
                .toList();
        assertTrue(ResolutionPolicy.refusal(recorded, all).isEmpty(), "an unhappy client's feedback is feedback too");
        assertEquals(
                ProblemCode.RECOVERY_INCOMPLETE,
                ResolutionPolicy.refusal(open, all).orElseThrow().code());
    }

    private static RecoveryRow item(RecoveryItem item, boolean waived) {
        return new RecoveryRow(
                "r-" + item, "c1", item, waived, waived ? "Not wanted" : null, null, null, Instant.EPOCH, "x");
    }
}
