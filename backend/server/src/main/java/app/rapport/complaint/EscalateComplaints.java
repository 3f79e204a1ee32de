package app.rapport.complaint;

import app.rapport.platform.tenant.MinuteJob;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The escalation scan, about once a minute per tenant: the complaints whose next escalation step is due by now
 * ({@link ComplaintDue}, kept by every clock event) are looked at ({@link EscalateComplaint}), each in its own
 * transaction; the others are not read at all.
 */
@Singleton
class EscalateComplaints implements MinuteJob {
    private final ComplaintDue due;
    private final EscalateComplaint one;

    EscalateComplaints(ComplaintDue due, EscalateComplaint one) {
        this.due = due;
        this.one = one;
    }

    @Override
    public String name() {
        return "escalations";
    }

    @Override
    public String run(Instant now) {
        int fired = 0;
        List<String> ids = due.dueBy(now);
        for (String id : ids) {
            fired += one.scan(id, now);
        }
        return ids.size() + " complaints scanned, " + fired + " escalation steps fired";
    }
}
