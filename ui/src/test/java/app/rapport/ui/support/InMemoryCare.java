package app.rapport.ui.support;

import app.rapport.api.blueprint.StepLabel;
import app.rapport.api.care.Assignment;
import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareCompletion;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSkip;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.Member;
import app.rapport.api.care.MyDay;
import app.rapport.api.care.OwnerStats;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.care.TeamView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Care in memory, with the rules the views rely on: outcome and reason required, closed actions refuse closing. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(CareApi.class)
public class InMemoryCare implements CareApi {
    @Override
    public synchronized TouchpointView touchpoint(String clientId, String id) {
        return touchpoints(clientId).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    public final List<CareActionView> actions = new ArrayList<>();
    public final List<TouchpointView> touchpoints = new ArrayList<>();
    public final List<Member> members = new ArrayList<>(List.of(
            new Member("amy", "Amy Account", TenantRole.ACCOUNT_MANAGER),
            new Member("lee", "Lee Staff", TenantRole.SERVICE_STAFF),
            new Member("root", "Rita Admin", TenantRole.TENANT_ADMIN)));
    public final List<String> clientNames = new ArrayList<>(List.of("Lin Household"));
    public Integer lastTeamDays;
    public Integer lastReplenishmentDays;
    public TeamView team = new TeamView(
            LocalDate.now(InMemoryWorkspace.ZONE).minusDays(29),
            LocalDate.now(InMemoryWorkspace.ZONE),
            List.of(new OwnerStats("lee", 4, 3, new BigDecimal("0.750"), 1, 0, 1, new BigDecimal("0.250"))),
            new OwnerStats(null, 4, 3, new BigDecimal("0.750"), 1, 0, 1, new BigDecimal("0.250")));

    /** A tier's cadence check-in, as the server plans it: titled with the tier's English name, its id as the source. */
    public static CareActionView cadence(String clientId, String tierId, String tierNameEn, LocalDate due) {
        CareActionView a = action(clientId, tierNameEn, due, "lee", TenantRole.SERVICE_STAFF);
        return new CareActionView(
                a.id(),
                a.clientId(),
                a.clientName(),
                CareKind.CHECK_IN,
                a.title(),
                null,
                a.dueOn(),
                a.owner(),
                a.ownerRole(),
                CareSource.CADENCE,
                tierId,
                a.status(),
                a.aimedLevel(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                a.createdAt(),
                a.createdBy(),
                true);
    }

    public static CareActionView action(String clientId, String title, LocalDate due, String owner, TenantRole role) {
        return new CareActionView(
                UUID.randomUUID().toString(),
                clientId,
                "Lin Household",
                CareKind.CALL,
                title,
                null,
                due,
                owner,
                role,
                CareSource.PLAYBOOK,
                null,
                due.isBefore(LocalDate.now(InMemoryWorkspace.ZONE)) ? CareStatus.OVERDUE : CareStatus.PLANNED,
                ServiceLevel.EXPECTED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Instant.now(),
                "someone",
                true);
    }

    private static CareActionView closed(
            CareActionView a, CareStatus status, ServiceLevel level, String outcome, String reason) {
        return new CareActionView(
                a.id(),
                a.clientId(),
                a.clientName(),
                a.kind(),
                a.title(),
                a.instructions(),
                a.dueOn(),
                a.owner(),
                a.ownerRole(),
                a.source(),
                a.sourceRef(),
                status,
                a.aimedLevel(),
                level,
                a.stage(),
                outcome,
                reason,
                status == CareStatus.CANCELLED ? ReasonCode.STAGE_LEFT : null,
                Instant.now(),
                "someone",
                a.createdAt(),
                a.createdBy(),
                a.mayClose());
    }

    private int index(String id) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized List<CareActionView> ofClient(String clientId) {
        return actions.stream()
                .filter(a -> a.clientId().equals(clientId))
                .map(FakeCaller::withPermission)
                .toList();
    }

    @Override
    public synchronized HttpResponse<CareActionView> plan(String clientId, CareActionWrite w) {
        if (w.title() == null || w.title().isBlank()) {
            return FakeProblems.badField("title", FieldCode.NOT_BLANK);
        }
        CareActionView a = action(clientId, w.title(), w.dueOn(), "amy", TenantRole.ACCOUNT_MANAGER);
        actions.add(a);
        return HttpResponse.created(a);
    }

    @Override
    public synchronized CareActionView action(String id) {
        return FakeCaller.withPermission(actions.get(index(id)));
    }

    @Override
    public synchronized HttpResponse<CareActionView> complete(String id, CareCompletion c) {
        int i = index(id);
        if (c.outcome() == null || c.outcome().isBlank()) {
            return FakeProblems.badField("outcome", FieldCode.NOT_BLANK);
        }
        if (actions.get(i).status() != CareStatus.PLANNED && actions.get(i).status() != CareStatus.OVERDUE) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "action-closed", List.of());
        }
        actions.set(i, closed(actions.get(i), CareStatus.DONE, c.deliveredLevel(), c.outcome(), null));
        return HttpResponse.ok(actions.get(i));
    }

    @Override
    public synchronized HttpResponse<CareActionView> skip(String id, CareSkip s) {
        int i = index(id);
        if (s.reason() == null || s.reason().isBlank()) {
            return FakeProblems.badField("reason", FieldCode.NOT_BLANK);
        }
        actions.set(i, closed(actions.get(i), CareStatus.SKIPPED, null, null, s.reason()));
        return HttpResponse.ok(actions.get(i));
    }

    @Override
    public synchronized HttpResponse<CareActionView> reassign(String id, Assignment a) {
        return HttpResponse.ok(actions.get(index(id)));
    }

    @Override
    public synchronized HttpResponse<ReassignmentResult> reassignAll(BulkReassignment r) {
        int n = 0;
        for (String id : r.actionIds()) {
            int i = index(id);
            CareActionView a = actions.get(i);
            actions.set(
                    i,
                    new CareActionView(
                            a.id(),
                            a.clientId(),
                            a.clientName(),
                            a.kind(),
                            a.title(),
                            a.instructions(),
                            a.dueOn(),
                            r.owner(),
                            a.ownerRole(),
                            a.source(),
                            a.sourceRef(),
                            a.status(),
                            a.aimedLevel(),
                            a.deliveredLevel(),
                            a.stage(),
                            a.outcome(),
                            a.closeReason(),
                            a.closeCode(),
                            a.closedAt(),
                            a.closedBy(),
                            a.createdAt(),
                            a.createdBy(),
                            a.mayClose()));
            n++;
        }
        return HttpResponse.ok(new ReassignmentResult(n, 0));
    }

    @Override
    public synchronized app.rapport.api.common.PageView<CareActionView> open(String owner, Integer page, Integer size) {
        return FakePages.of(
                actions.stream()
                        .filter(a -> a.status() == CareStatus.PLANNED || a.status() == CareStatus.OVERDUE)
                        .filter(a -> owner == null || ("-".equals(owner) ? a.owner() == null : owner.equals(a.owner())))
                        .map(FakeCaller::withPermission)
                        .toList(),
                page,
                size);
    }

    @Override
    public synchronized MyDay myDay() {
        LocalDate today = LocalDate.now(InMemoryWorkspace.ZONE);
        List<CareActionView> open = open(null, 0, Integer.MAX_VALUE).items();
        return new MyDay(
                today,
                open.stream().filter(a -> a.dueOn().isBefore(today)).toList(),
                open.stream().filter(a -> a.dueOn().isEqual(today)).toList(),
                open.stream()
                        .filter(a -> a.dueOn().isAfter(today) && !a.dueOn().isAfter(today.plusDays(7)))
                        .toList());
    }

    @Override
    public synchronized TeamView team(Integer days) {
        lastTeamDays = days;
        return team;
    }

    @Override
    public synchronized HttpResponse<ReplenishmentPlan> planReplenishment(Integer withinDays) {
        lastReplenishmentDays = withinDays;
        return HttpResponse.ok(new ReplenishmentPlan(2, 1, List.of()));
    }

    @Override
    public synchronized HttpResponse<TouchpointView> log(TouchpointWrite w) {
        if (w.what() == null || w.what().isBlank()) {
            return FakeProblems.badField("what", FieldCode.NOT_BLANK);
        }
        String followUp = null;
        if (w.followUp() != null) {
            CareActionView a =
                    action(w.clientId(), w.followUp().title(), w.followUp().dueOn(), "lee", TenantRole.SERVICE_STAFF);
            actions.add(a);
            followUp = a.id();
        }
        TouchpointView t = new TouchpointView(
                UUID.randomUUID().toString(),
                w.clientId(),
                "Lin Household",
                w.channel(),
                Objects.requireNonNullElse(w.at(), Instant.now()),
                w.durationMinutes(),
                w.what(),
                w.rating(),
                w.sentiment(),
                w.serviceLevel(),
                w.contactPerson(),
                w.blueprintStepId(),
                w.blueprintStepId() == null
                        ? null
                        : new StepLabel("Hotel check-in", Translated.NONE, "Greet the guest", Translated.NONE),
                followUp,
                "lee");
        touchpoints.add(t);
        return HttpResponse.created(t);
    }

    @Override
    public synchronized List<TouchpointView> touchpoints(String clientId) {
        return touchpoints.stream().filter(t -> t.clientId().equals(clientId)).toList();
    }

    @Override
    public synchronized List<Member> members() {
        return List.copyOf(members);
    }
}
