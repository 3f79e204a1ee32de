package app.rapport.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.TenantRole;
import app.rapport.client.Clients;
import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Care actions as the caller sees them: with the client's name, OVERDUE when past due, the server's reason for a
 * cancellation, and whether the caller may close them.
 */
@Singleton
class CareActionViews {
    private final Clients clients;
    private final Actor actor;
    private final Clock clock;

    CareActionViews(Clients clients, Actor actor, Clock clock) {
        this.clients = clients;
        this.actor = actor;
        this.clock = clock;
    }

    static CareStatus status(CareActionRow a, LocalDate today) {
        return a.status() == CareStatus.PLANNED && a.dueOn().isBefore(today) ? CareStatus.OVERDUE : a.status();
    }

    List<CareActionView> of(List<CareActionRow> rows) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names =
                clients.names(rows.stream().map(CareActionRow::clientId).toList());
        return rows.stream()
                .map(a -> new CareActionView(
                        a.id(),
                        a.clientId(),
                        names.getOrDefault(a.clientId(), ""),
                        a.kind(),
                        a.title(),
                        a.instructions(),
                        a.dueOn(),
                        a.owner(),
                        TenantRole.valueOf(a.ownerRole()),
                        a.source(),
                        a.sourceRef(),
                        status(a, today),
                        a.aimedLevel(),
                        a.deliveredLevel(),
                        a.stage(),
                        a.outcome(),
                        // a cancellation is the server's (the client left the stage): older versions wrote a sentence
                        a.status() == CareStatus.CANCELLED ? null : a.closeReason(),
                        a.status() != CareStatus.CANCELLED
                                ? null
                                : a.source() == CareSource.COMPLAINT
                                        ? ReasonCode.COMPLAINT_OVER
                                        : ReasonCode.STAGE_LEFT,
                        a.closedAt(),
                        a.closedBy(),
                        a.createdAt(),
                        a.createdBy(),
                        CloseRule.mayClose(a.owner(), a.ownerRole(), actor.name(), actor.tenantRole())))
                .toList();
    }
}
