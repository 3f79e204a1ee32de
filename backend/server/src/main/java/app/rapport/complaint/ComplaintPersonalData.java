package app.rapport.complaint;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Complaints: the export holds each of the client's complaints with its checklist and history. Erasure blanks what
 * people wrote about the client (what happened, what they asked, the verdict's reason, notes, remedy, notice,
 * feedback, lessons) and the contact, and keeps codes, dates and severity so that the cause statistics still add up.
 */
@Singleton
final class ComplaintPersonalData implements PersonalDataPart {
    private final ComplaintRepository complaints;
    private final RecoveryRepository recovery;
    private final ComplaintEventRepository events;
    private final ComplaintViews views;

    ComplaintPersonalData(
            ComplaintRepository complaints,
            RecoveryRepository recovery,
            ComplaintEventRepository events,
            ComplaintViews views) {
        this.complaints = complaints;
        this.recovery = recovery;
        this.events = events;
        this.views = views;
    }

    @Override
    public Set<String> tables() {
        // complaint_recovery refers to the complaint, not the client: erased through it
        return Set.of("complaint", "complaint_event");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.complaints(complaints.findByClientIdOrderByReceivedAtDesc(clientId).stream()
                .map(views::of)
                .toList());
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>(complaints.idsOf(clientId));
        touched.addAll(events.idsOf(clientId));
        complaints.eraseTexts(clientId, ERASED);
        recovery.eraseTexts(clientId, ERASED);
        events.eraseTexts(clientId, ERASED);
        return touched;
    }
}
