package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintEventView;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the relationship learns from complaints: how many each client has open (a lifecycle signal) and the history of
 * a client's complaints (its timeline).
 */
@Singleton
public class OpenComplaints {
    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final ComplaintViews views;

    OpenComplaints(ComplaintRepository complaints, ComplaintEventRepository events, ComplaintViews views) {
        this.complaints = complaints;
        this.events = events;
        this.views = views;
    }

    /** One step of one of the client's complaints, with the complaint's reference number. */
    public record Step(String complaintId, long number, ComplaintEventView event) {}

    /** Open complaints per client, for every client that has any. */
    @Connectable
    public Map<String, Integer> perClient() {
        Map<String, Integer> out = new HashMap<>();
        complaints.openPerClient().forEach(c -> out.put(c.clientId(), (int) c.n()));
        return out;
    }

    @Connectable
    public int ofClient(String clientId) {
        return (int) complaints.countOpenOfClient(clientId);
    }

    /** Every step taken on the client's complaints, in order. */
    @Connectable
    public List<Step> history(String clientId) {
        Map<String, Long> numbers = new HashMap<>();
        complaints.findByClientIdOrderByReceivedAtDesc(clientId).forEach(c -> numbers.put(c.id(), c.number()));
        return events.ofClient(clientId).stream()
                .map(e -> new Step(e.complaintId(), numbers.getOrDefault(e.complaintId(), 0L), views.event(e)))
                .toList();
    }
}
