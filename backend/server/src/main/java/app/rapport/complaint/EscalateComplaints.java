package app.rapport.complaint;

import app.rapport.platform.tenant.MinuteJob;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The escalation scan, about once a minute per tenant: every complaint being handled under a service-level policy is
 * looked at ({@link EscalateComplaint}), each in its own transaction.
 */
@Singleton
class EscalateComplaints implements MinuteJob {
    private final ComplaintRepository complaints;
    private final EscalateComplaint one;

    EscalateComplaints(ComplaintRepository complaints, EscalateComplaint one) {
        this.complaints = complaints;
        this.one = one;
    }

    @Override
    public String name() {
        return "escalations";
    }

    @Override
    public String run(Instant now) {
        int fired = 0;
        List<String> ids = complaints.openWithPolicy();
        for (String id : ids) {
            fired += one.scan(id, now);
        }
        return ids.size() + " complaints scanned, " + fired + " escalation steps fired";
    }
}
