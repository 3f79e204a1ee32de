package app.rapport.complaint;

import app.rapport.api.common.Channel;
import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.Severity;
import app.rapport.api.sla.HoldReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A complaint as stored: {@code causes} the cause codes separated by commas; {@code number} the reference the
 * database hands out (inserted as null, AUTO_INCREMENT fills it in); {@code version} moves on with every step (each step first locks the row).
 */
@MappedEntity("complaint")
@Serdeable
record ComplaintRow(
        @Id String id,
        @Nullable Long number,
        String clientId,
        @Nullable String contactId,
        Channel channel,
        Severity severity,
        String whatHappened,
        @Nullable String clientAsks,
        @Nullable String productId,
        @Nullable String blueprintStepId,
        @Nullable String touchpointId,
        ComplaintStatus status,
        String owner,
        @Nullable Boolean upheld,
        @Nullable String verdictReason,
        @Nullable String departmentId,
        @Nullable String causes,
        @Nullable String causeNotes,
        @Nullable String remedy,
        @Nullable String remedyBy,
        @Nullable String decidedBy,
        @Nullable String responsible,
        @Nullable String consequence,
        @Nullable String notice,
        @Nullable Boolean satisfied,
        @Nullable String feedback,
        @Nullable String lessons,
        @Nullable Boolean systemic,
        Instant receivedAt,
        String receivedBy,
        @Nullable Instant closedAt,
        int reopened,
        @Nullable String slaPolicyId,
        @Nullable HoldReason holdReason,
        long version) {

    ComplaintRow withStatus(ComplaintStatus to) {
        return new Builder(this).status(to).build();
    }

    /** A copy with some fields changed: each step changes a few of the complaint's many fields. */
    static final class Builder {
        private ComplaintRow r;
        private ComplaintStatus status;
        private Boolean upheld;
        private String verdictReason;
        private String departmentId;
        private String causes;
        private String causeNotes;
        private String remedy;
        private String remedyBy;
        private String decidedBy;
        private String responsible;
        private String consequence;
        private String notice;
        private Boolean satisfied;
        private String feedback;
        private String lessons;
        private Boolean systemic;
        private Instant closedAt;
        private int reopened;
        private HoldReason holdReason;
        private Severity severity;
        private String owner;

        Builder(ComplaintRow r) {
            this.r = r;
            status = r.status;
            upheld = r.upheld;
            verdictReason = r.verdictReason;
            departmentId = r.departmentId;
            causes = r.causes;
            causeNotes = r.causeNotes;
            remedy = r.remedy;
            remedyBy = r.remedyBy;
            decidedBy = r.decidedBy;
            responsible = r.responsible;
            consequence = r.consequence;
            notice = r.notice;
            satisfied = r.satisfied;
            feedback = r.feedback;
            lessons = r.lessons;
            systemic = r.systemic;
            closedAt = r.closedAt;
            reopened = r.reopened;
            holdReason = r.holdReason;
            severity = r.severity;
            owner = r.owner;
        }

        Builder owner(String v) {
            owner = v;
            return this;
        }

        Builder severity(Severity v) {
            severity = v;
            return this;
        }

        Builder status(ComplaintStatus v) {
            status = v;
            return this;
        }

        Builder verdict(Boolean up, String reason) {
            upheld = up;
            verdictReason = reason;
            return this;
        }

        Builder department(String v) {
            departmentId = v;
            return this;
        }

        Builder causes(String codes, String notes) {
            causes = codes;
            causeNotes = notes;
            return this;
        }

        Builder remedy(String v, String by) {
            remedy = v;
            remedyBy = by;
            return this;
        }

        Builder decidedBy(String v) {
            decidedBy = v;
            return this;
        }

        Builder accountability(String who, String what) {
            responsible = who;
            consequence = what;
            return this;
        }

        Builder notice(String v) {
            notice = v;
            return this;
        }

        Builder feedback(Boolean ok, String note) {
            satisfied = ok;
            feedback = note;
            return this;
        }

        Builder summary(String v, Boolean sys) {
            lessons = v;
            systemic = sys;
            return this;
        }

        Builder closedAt(Instant v) {
            closedAt = v;
            return this;
        }

        Builder hold(HoldReason v) {
            holdReason = v;
            return this;
        }

        Builder reopened(int v) {
            reopened = v;
            return this;
        }

        ComplaintRow build() {
            return new ComplaintRow(
                    r.id,
                    r.number,
                    r.clientId,
                    r.contactId,
                    r.channel,
                    severity,
                    r.whatHappened,
                    r.clientAsks,
                    r.productId,
                    r.blueprintStepId,
                    r.touchpointId,
                    status,
                    owner,
                    upheld,
                    verdictReason,
                    departmentId,
                    causes,
                    causeNotes,
                    remedy,
                    remedyBy,
                    decidedBy,
                    responsible,
                    consequence,
                    notice,
                    satisfied,
                    feedback,
                    lessons,
                    systemic,
                    r.receivedAt,
                    r.receivedBy,
                    closedAt,
                    reopened,
                    r.slaPolicyId,
                    holdReason,
                    r.version + 1);
        }
    }
}
