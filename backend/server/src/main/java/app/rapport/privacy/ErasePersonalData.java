package app.rapport.privacy;

import app.rapport.api.client.ClientView;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.privacy.PersonalDataPart;
import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Erases a person client in one transaction: every feature's part blanks what identifies the person in its records
 * (the client's own part first, which refuses an organisation), then the audit trail's before/after images of every
 * record changed are scrubbed. Figures (purchases, tiers, ratings, stages) stay so that aggregates keep adding up.
 */
@Singleton
public class ErasePersonalData {
    private final List<PersonalDataPart> parts;
    private final Clients clients;
    private final AuditLog audit;

    ErasePersonalData(List<PersonalDataPart> parts, Clients clients, AuditLog audit) {
        List<PersonalDataPart> ordered = new ArrayList<>(parts);
        OrderUtil.sort(ordered);
        this.parts = List.copyOf(ordered);
        this.clients = clients;
        this.audit = audit;
    }

    @Transactional
    public ClientView of(String clientId) {
        List<String> touched = new ArrayList<>();
        for (PersonalDataPart part : parts) {
            touched.addAll(part.erase(clientId));
        }
        audit.scrub(touched);
        audit.record("ERASE", "client", clientId, null, Map.of("records", touched.size()));
        return clients.find(clientId);
    }
}
