package app.rapport.lifecycle;

import app.rapport.api.care.CareSource;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeView;
import app.rapport.api.lifecycle.StageTime;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionStatus;
import app.rapport.care.CareActions;
import app.rapport.care.ClientOwners;
import app.rapport.client.ClientRegistered;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client's lifecycle stage. A new client starts in EXPLORATION. A change is checked by {@link StageRule}, cancels
 * the open actions the old stage's playbook planned, schedules the new stage's playbook (the client's tier's steps
 * when the tier has its own), supersedes any other open suggestion, and is recorded with from, to, when, who, why.
 */
@Singleton
public class Stages {
    private final RelationshipRepository relationships;
    private final StageChangeRepository changes;
    private final SuggestionRepository suggestions;
    private final FigureRepository figures;
    private final Playbook playbook;
    private final CareActions careActions;
    private final ClientOwners owners;
    private final Clients clients;
    private final SuggestionViews suggestionViews;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Stages(
            RelationshipRepository relationships,
            StageChangeRepository changes,
            SuggestionRepository suggestions,
            FigureRepository figures,
            Playbook playbook,
            CareActions careActions,
            ClientOwners owners,
            Clients clients,
            SuggestionViews suggestionViews,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.relationships = relationships;
        this.changes = changes;
        this.suggestions = suggestions;
        this.figures = figures;
        this.playbook = playbook;
        this.careActions = careActions;
        this.owners = owners;
        this.clients = clients;
        this.suggestionViews = suggestionViews;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A registered client begins its relationship in EXPLORATION, with that stage's playbook scheduled; an account
     * manager who registers a client owns it (and so its waiting actions) from the start, as they would expect.
     */
    @EventListener
    @Transactional
    void onRegistered(ClientRegistered event) {
        relationships.save(new RelationshipRow(event.clientId(), Stage.EXPLORATION, event.at()));
        int scheduled = schedule(event.clientId(), Stage.EXPLORATION);
        changes.save(new StageChangeRow(
                UUID.randomUUID().toString(),
                event.clientId(),
                null,
                Stage.EXPLORATION,
                event.at(),
                event.actor(),
                "", // a registration: the view says CLIENT_REGISTERED
                null,
                scheduled,
                0));
        if (TenantRole.ACCOUNT_MANAGER.name().equals(actor.tenantRole())
                && event.actor().equals(actor.name())) {
            owners.assign(event.clientId(), event.actor());
        }
    }

    @Transactional
    public StageView view(String clientId) {
        clients.requireExists(clientId);
        RelationshipRow r = relationship(clientId);
        List<StageChangeRow> history = changes.newestFirst(clientId);
        return new StageView(
                clientId,
                r.stage(),
                r.stageSince(),
                owners.ownerOf(clientId),
                timeInStages(history, Instant.now(clock)),
                history.stream().map(Stages::view).toList(),
                suggestions
                        .findByClientIdAndStatus(clientId, SuggestionStatus.OPEN)
                        .map(suggestionViews::one)
                        .orElse(null));
    }

    @Transactional
    public StageView change(String clientId, Stage to, String reason, @Nullable String suggestionId) {
        clients.requireExists(clientId);
        RelationshipRow before = lockedRelationship(clientId);
        if (suggestionId == null) {
            StageRule.check(before.stage(), to, reason);
        } else {
            StageRule.checkSuggested(before.stage(), to);
        }
        Instant now = Instant.now(clock);
        int cancelled = careActions.cancelOpen(clientId, before.stage());
        RelationshipRow after = relationships.update(new RelationshipRow(clientId, to, now));
        int scheduled = schedule(clientId, to);
        StageChangeRow change = changes.save(new StageChangeRow(
                UUID.randomUUID().toString(),
                clientId,
                before.stage(),
                to,
                now,
                actor.name(),
                reason == null ? "" : reason.strip(),
                suggestionId,
                scheduled,
                cancelled));
        suggestions
                .findByClientIdAndStatus(clientId, SuggestionStatus.OPEN)
                .filter(s -> !s.id().equals(suggestionId))
                .ifPresent(s -> suggestions.update(s.id(), SuggestionStatus.SUPERSEDED, null, now, null));
        audit.record("STAGE", "relationship", clientId, before, change);
        return view(clientId);
    }

    /**
     * The relationship row locked until the transaction ends, so that of two parallel stage changes the second sees
     * the first's stage; a client without one begins in EXPLORATION (the insert holds the lock).
     */
    RelationshipRow lockedRelationship(String clientId) {
        return relationships
                .findByIdForUpdate(clientId)
                .orElseGet(
                        () -> relationships.save(new RelationshipRow(clientId, Stage.EXPLORATION, Instant.now(clock))));
    }

    /** The relationship row; a client without one (registered before lifecycles existed) is in EXPLORATION. */
    RelationshipRow relationship(String clientId) {
        return relationships
                .findById(clientId)
                .orElseGet(
                        () -> relationships.save(new RelationshipRow(clientId, Stage.EXPLORATION, Instant.now(clock))));
    }

    private int schedule(String clientId, Stage stage) {
        String tierId = figures.tierOf(clientId).stream()
                .map(TierOfRow::tierId)
                .findFirst()
                .orElse(null);
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (PlaybookStepRow step : playbook.forEntering(stage, tierId)) {
            boolean repeating = step.cadenceDays() != null;
            careActions.schedule(
                    new CareActions.Plan(
                            clientId,
                            step.kind(),
                            step.title(),
                            step.instructions(),
                            today.plusDays(repeating ? step.cadenceDays() : step.offsetDays()),
                            step.ownerRole(),
                            CareSource.PLAYBOOK,
                            step.id(),
                            stage,
                            step.cadenceDays(),
                            step.aimedLevel()),
                    null);
            n++;
        }
        return n;
    }

    /** Whole days per stage, adding up every visit; the current stage counts up to now. */
    static List<StageTime> timeInStages(List<StageChangeRow> newestFirst, Instant now) {
        Map<Stage, Duration> spent = new EnumMap<>(Stage.class);
        Instant end = now;
        for (StageChangeRow c : newestFirst) {
            spent.merge(c.toStage(), Duration.between(c.at(), end), Duration::plus);
            end = c.at();
        }
        List<StageTime> out = new ArrayList<>();
        spent.forEach((stage, d) -> out.add(new StageTime(stage, d.toDays())));
        return out;
    }

    /** A change with no stage before is the registration; one with a suggestion accepted it; the rest are by hand. */
    static ReasonCode reasonCode(StageChangeRow c) {
        if (c.fromStage() == null) {
            return ReasonCode.CLIENT_REGISTERED;
        }
        return c.suggestionId() != null ? ReasonCode.SUGGESTION_ACCEPTED : ReasonCode.MANUAL;
    }

    /**
     * What the person wrote, if anything: not the server's words of older versions ("client registered",
     * "accepted suggestion: …"), which the reason code now says in the reader's language.
     */
    static String peopleText(StageChangeRow c) {
        String r = c.reason();
        if (r == null || r.isBlank() || c.fromStage() == null) {
            return null;
        }
        return c.suggestionId() != null && r.startsWith("accepted suggestion: ") ? null : r;
    }

    static StageChangeView view(StageChangeRow c) {
        return new StageChangeView(
                c.id(),
                c.fromStage(),
                c.toStage(),
                c.at(),
                c.actor(),
                reasonCode(c),
                peopleText(c),
                c.suggestionId(),
                c.scheduled(),
                c.cancelled());
    }
}
