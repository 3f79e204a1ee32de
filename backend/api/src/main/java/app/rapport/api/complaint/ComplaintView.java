package app.rapport.api.complaint;

import app.rapport.api.common.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A complaint with everything its handling recorded: what the client said (step 1), the verdict (2), the department
 * (3), the causes (4), the remedy and who proposed and decided it (5–6), the recovery checklist, accountability, the
 * notice to the client and their feedback (7) with {@code recoveryOpen} — what step 7 still lacks before the recovery
 * can be marked done: the checklist items not yet done or waived, then ACCOUNTABILITY, CLIENT_NOTIFIED, FEEDBACK — the summary (8), its hold, its service-level clocks (every milestone of the policy version it started under, with
 * its deadline), its history, and {@code may}: what the reader may do
 * now, as the server decided.
 */
@Serdeable
public record ComplaintView(
        String id,
        long number,
        String clientId,
        String clientName,
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
        @Nullable String departmentName,
        List<ComplaintCause> causes,
        @Nullable String causeNotes,
        @Nullable String remedy,
        @Nullable String remedyBy,
        @Nullable String decidedBy,
        List<RecoveryView> recovery,
        List<String> recoveryOpen,
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
        @Nullable app.rapport.api.sla.HoldReason holdReason,
        long slaVersion,
        List<app.rapport.api.sla.MilestoneClock> clocks,
        long version,
        List<ComplaintEventView> history,
        Set<ComplaintAction> may) {}
