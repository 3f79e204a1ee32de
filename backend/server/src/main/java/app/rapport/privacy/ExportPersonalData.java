package app.rapport.privacy;

import app.rapport.api.onetoone.PersonalData;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import app.rapport.platform.security.Actor;
import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything Rapport holds about one client, from every feature's part; the export itself is audited. */
@Singleton
public class ExportPersonalData {
    private final List<PersonalDataPart> parts;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    ExportPersonalData(List<PersonalDataPart> parts, AuditLog audit, Actor actor, Clock clock) {
        List<PersonalDataPart> ordered = new ArrayList<>(parts);
        OrderUtil.sort(ordered);
        this.parts = List.copyOf(ordered);
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public PersonalData of(String clientId) {
        PersonalDataExport export = new PersonalDataExport();
        parts.forEach(p -> p.export(clientId, export));
        PersonalData data = export.build(Instant.now(clock), actor.name());
        audit.record(
                "EXPORT",
                "client",
                clientId,
                null,
                Map.of(
                        "purchases", data.purchases().size(),
                        "interactions", data.interactions().size(),
                        "careActions", data.careActions().size(),
                        "touchpoints", data.touchpoints().size()));
        return data;
    }
}
