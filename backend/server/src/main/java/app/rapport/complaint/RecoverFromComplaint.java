package app.rapport.complaint;

import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.Accountability;
import app.rapport.api.complaint.ClientFeedback;
import app.rapport.api.complaint.ClientNotice;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintEventKind;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.platform.Texts;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Step 7, carrying out the recovery: each checklist item done (or waived, saying why) with who and when — a
 * compensation with its kind; who was accountable and what follows; the client told the outcome; their feedback;
 * and, once nothing is missing ({@link ResolutionPolicy}), the recovery marked done.
 */
@Singleton
class RecoverFromComplaint {
    private final ComplaintSteps steps;
    private final RecoveryRepository recovery;
    private final RecoveryFollowUp followUp;
    private final Actor actor;
    private final Clock clock;

    RecoverFromComplaint(
            ComplaintSteps steps, RecoveryRepository recovery, RecoveryFollowUp followUp, Actor actor, Clock clock) {
        this.steps = steps;
        this.recovery = recovery;
        this.followUp = followUp;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    ComplaintView recover(String id, RecoveryItem item, RecoveryWrite w) {
        String note = Texts.blankToNull(w.note());
        if (w.waived() && note == null) {
            throw ProblemException.badField("note", FieldCode.NOT_BLANK);
        }
        boolean compensation = item == RecoveryItem.COMPENSATION && !w.waived();
        if (compensation && w.compensationKind() == null) {
            throw ProblemException.badField("compensationKind", FieldCode.NOT_NULL);
        }
        return steps.take(id, ComplaintAction.RECOVER, c -> {
            RecoveryRow row = new RecoveryRow(
                    recovery.findByComplaintIdAndItem(c.id(), item)
                            .map(RecoveryRow::id)
                            .orElse(UUID.randomUUID().toString()),
                    c.id(),
                    item,
                    w.waived(),
                    note,
                    compensation ? w.compensationKind() : null,
                    compensation ? w.compensationValue() : null,
                    Instant.now(clock),
                    actor.name());
            if (recovery.existsById(row.id())) {
                recovery.update(row);
            } else {
                recovery.save(row);
            }
            if (item == RecoveryItem.FOLLOW_UP && !w.waived()) {
                followUp.done(c, note == null ? RecoveryFollowUp.reference(c) : note);
            }
            Map<String, Object> args = new HashMap<>();
            args.put("item", item.name());
            args.put("waived", w.waived());
            if (row.compensationKind() != null) {
                args.put("compensationKind", row.compensationKind().name());
            }
            if (row.compensationValue() != null) {
                args.put("compensationValue", row.compensationValue());
            }
            return new ComplaintSteps.Outcome(
                    new ComplaintRow.Builder(c).build(), ComplaintEventKind.RECOVERY_ITEM, note, args);
        });
    }

    @Transactional
    ComplaintView account(String id, Accountability a) {
        String who = a.responsible().strip();
        String what = a.consequence().strip();
        return steps.take(
                id,
                ComplaintAction.ACCOUNT,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c).accountability(who, what).build(),
                        ComplaintEventKind.ACCOUNTABILITY,
                        what,
                        Map.of("responsible", who)));
    }

    @Transactional
    ComplaintView notifyClient(String id, ClientNotice n) {
        String note = n.note().strip();
        return steps.take(
                id,
                ComplaintAction.NOTIFY,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c).notice(note).build(),
                        ComplaintEventKind.CLIENT_NOTIFIED,
                        note,
                        Map.of()));
    }

    @Transactional
    ComplaintView feedback(String id, ClientFeedback f) {
        String note = Texts.blankToNull(f.note());
        return steps.take(
                id,
                ComplaintAction.FEEDBACK,
                c -> new ComplaintSteps.Outcome(
                        new ComplaintRow.Builder(c)
                                .feedback(f.satisfied(), note)
                                .build(),
                        ComplaintEventKind.FEEDBACK,
                        note,
                        Map.of("satisfied", f.satisfied())));
    }

    @Transactional
    ComplaintView resolve(String id) {
        return steps.take(id, ComplaintAction.RESOLVE, c -> {
            ResolutionPolicy.refusal(c, recovery.findByComplaintId(c.id())).ifPresent(r -> {
                throw r.problem();
            });
            return new ComplaintSteps.Outcome(
                    c.withStatus(ComplaintStatus.RESOLVED), ComplaintEventKind.RESOLVED, null, Map.of());
        });
    }
}
