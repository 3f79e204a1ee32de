package app.rapport.lifecycle;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionStatus;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.care.CareCadence;
import app.rapport.care.ContactFacts;
import app.rapport.client.Clients;
import app.rapport.complaint.OpenComplaints;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Suggestions from signals, computed for every client at night and for one client or all on demand. A client has at
 * most one OPEN suggestion: a new computation that agrees refreshes it, one that disagrees withdraws it (SUPERSEDED).
 * A suggestion dismissed in the last {@value #QUIET_DAYS} days is not made again. Nothing changes a stage until an
 * account manager accepts.
 */
@Singleton
public class Suggestions {
    static final int QUIET_DAYS = 30;
    private static final int WINDOW_DAYS = 365;
    static final int LOW_SURVEY_DAYS = 90;

    private final RelationshipRepository relationships;
    private final SuggestionRepository suggestions;
    private final FigureRepository figures;
    private final ContactFacts contacts;
    private final OpenComplaints complaints;
    private final app.rapport.survey.LowAnswers lowSurveys;
    private final CareCadence cadence;
    private final Stages stages;
    private final Clients clients;
    private final SuggestionViews views;
    private final SignalsJson json;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Suggestions(
            RelationshipRepository relationships,
            SuggestionRepository suggestions,
            FigureRepository figures,
            ContactFacts contacts,
            OpenComplaints complaints,
            app.rapport.survey.LowAnswers lowSurveys,
            CareCadence cadence,
            Stages stages,
            Clients clients,
            SuggestionViews views,
            SignalsJson json,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.relationships = relationships;
        this.suggestions = suggestions;
        this.figures = figures;
        this.contacts = contacts;
        this.complaints = complaints;
        this.lowSurveys = lowSurveys;
        this.cadence = cadence;
        this.stages = stages;
        this.clients = clients;
        this.views = views;
        this.json = json;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Open suggestions, newest first; of one owner's clients when {@code owner} is given. */
    @Transactional
    public List<SuggestionView> open(@Nullable String owner) {
        List<SuggestionRow> rows = new ArrayList<>(suggestions.findByStatus(SuggestionStatus.OPEN));
        rows.sort(Comparator.comparing(SuggestionRow::computedAt).reversed());
        List<SuggestionView> all = views.many(rows);
        String who = Texts.blankToNull(owner);
        return who == null
                ? all
                : all.stream().filter(v -> who.equals(v.owner())).toList();
    }

    /** Computes one client's signals now; the client's stage view shows the result. */
    @Transactional
    public StageView computeFor(String clientId) {
        clients.requireExists(clientId);
        relationships.lockSignals();
        LocalDate today = LocalDate.now(clock);
        RelationshipRow r = stages.lockedRelationship(clientId);
        List<StageSignals.PurchaseDay> days =
                figures.boughtByClientSince(clientId, today.minusDays(WINDOW_DAYS)).stream()
                        .map(b -> new StageSignals.PurchaseDay(b.purchasedOn(), b.amount()))
                        .toList();
        LocalDate first = figures.firstPurchaseOf(clientId).stream()
                .map(FirstPurchaseRow::firstOn)
                .findFirst()
                .orElse(null);
        Set<Stage> quiet = new HashSet<>();
        suggestions
                .findByClientIdAndStatusAndDecidedAtGreaterThanEquals(
                        clientId, SuggestionStatus.DISMISSED, quietSince())
                .forEach(s -> quiet.add(s.toStage()));
        apply(
                r,
                history(
                        r,
                        days,
                        first,
                        contacts.ofClient(clientId),
                        complaints.ofClient(clientId),
                        lowSurveys.ofClient(clientId, lowSince())),
                today,
                quiet,
                suggestions.findByClientIdAndStatus(clientId, SuggestionStatus.OPEN),
                new int[2]);
        return stages.view(clientId);
    }

    /** Computes every client's signals, then plans the tier care cadence check-ins that are missing. */
    @Transactional
    public SignalRun computeAll() {
        long started = System.nanoTime();
        relationships.lockSignals(); // one computation at a time: the nightly run and one on demand never interleave
        relationships.addMissing();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<StageSignals.PurchaseDay>> bought = new HashMap<>();
        figures.boughtSince(today.minusDays(WINDOW_DAYS))
                .forEach(b -> bought.computeIfAbsent(b.clientId(), k -> new ArrayList<>())
                        .add(new StageSignals.PurchaseDay(b.purchasedOn(), b.amount())));
        Map<String, LocalDate> first = new HashMap<>();
        figures.firstPurchases().forEach(f -> first.put(f.clientId(), f.firstOn()));
        Map<String, ContactFacts.Facts> facts = contacts.all();
        Map<String, Integer> openComplaints = complaints.perClient();
        Map<String, Integer> low = lowSurveys.perClient(lowSince());
        Map<String, SuggestionRow> open = new HashMap<>();
        suggestions.findByStatus(SuggestionStatus.OPEN).forEach(s -> open.put(s.clientId(), s));
        Map<String, Set<Stage>> quiet = new HashMap<>();
        suggestions
                .findByStatusAndDecidedAtGreaterThanEquals(SuggestionStatus.DISMISSED, quietSince())
                .forEach(s -> quiet.computeIfAbsent(s.clientId(), k -> new HashSet<>())
                        .add(s.toStage()));
        int[] tally = new int[2];
        int n = 0;
        for (RelationshipRow r : relationships.findAll()) {
            n++;
            apply(
                    r,
                    history(
                            r,
                            bought.getOrDefault(r.clientId(), List.of()),
                            first.get(r.clientId()),
                            facts.getOrDefault(r.clientId(), ContactFacts.Facts.NONE),
                            openComplaints.getOrDefault(r.clientId(), 0),
                            low.getOrDefault(r.clientId(), 0)),
                    today,
                    quiet.getOrDefault(r.clientId(), Set.of()),
                    Optional.ofNullable(open.get(r.clientId())),
                    tally);
        }
        int checkIns = cadence.scheduleMissing();
        return new SignalRun(n, tally[0], tally[1], checkIns, (System.nanoTime() - started) / 1_000_000);
    }

    @Transactional
    public StageView accept(String id, SuggestionDecision decision) {
        SuggestionRow s = openSuggestion(id);
        RelationshipRow r = stages.lockedRelationship(s.clientId());
        if (r.stage() != s.fromStage()) {
            throw new ProblemException(
                    ProblemCode.STALE_SUGGESTION,
                    "the client has moved to " + r.stage() + " since this suggestion was made");
        }
        String reason = Texts.blankToNull(decision.reason());
        String why = reason == null ? "" : reason; // without a comment the change says SUGGESTION_ACCEPTED
        SuggestionRow after = decide(s, SuggestionStatus.ACCEPTED, reason);
        audit.record("ACCEPT", "stage_suggestion", id, s, after);
        return stages.change(s.clientId(), s.toStage(), why.length() > 500 ? why.substring(0, 500) : why, id);
    }

    @Transactional
    public SuggestionView dismiss(String id, SuggestionDecision decision) {
        SuggestionRow s = openSuggestion(id);
        String reason = Texts.blankToNull(decision.reason());
        if (reason == null) {
            throw ProblemException.badField("reason", FieldCode.NOT_BLANK);
        }
        SuggestionRow after = decide(s, SuggestionStatus.DISMISSED, reason);
        audit.record("DISMISS", "stage_suggestion", id, s, after);
        return views.one(after);
    }

    private SuggestionRow openSuggestion(String id) {
        SuggestionRow s =
                suggestions.findByIdForUpdate(id).orElseThrow(() -> ProblemException.notFound("suggestion " + id));
        if (s.status() != SuggestionStatus.OPEN) {
            throw new ProblemException(ProblemCode.SUGGESTION_CLOSED, "the suggestion is already " + s.status());
        }
        return s;
    }

    /** Survey answers count as a signal for {@link #LOW_SURVEY_DAYS} days. */
    private Instant lowSince() {
        return Instant.now(clock).minus(LOW_SURVEY_DAYS, ChronoUnit.DAYS);
    }

    private Instant quietSince() {
        return Instant.now(clock).minus(QUIET_DAYS, ChronoUnit.DAYS);
    }

    private StageSignals.History history(
            RelationshipRow r,
            List<StageSignals.PurchaseDay> days,
            @Nullable LocalDate first,
            ContactFacts.Facts f,
            int openComplaints,
            int low) {
        return new StageSignals.History(
                r.stage(),
                r.stageSince().atZone(clock.getZone()).toLocalDate(),
                days,
                first,
                f.lastTouchpoint(),
                f.lastRatings(),
                f.negativeLast30(),
                openComplaints,
                low);
    }

    /** Opens, refreshes or withdraws the client's suggestion; tally[0] counts opened, tally[1] withdrawn. */
    private void apply(
            RelationshipRow r,
            StageSignals.History h,
            LocalDate today,
            Set<Stage> quiet,
            Optional<SuggestionRow> open,
            int[] tally) {
        StageSignals.Outcome outcome = StageSignals.evaluate(h, today);
        Optional<Stage> to = outcome.suggestion().filter(s -> !quiet.contains(s));
        Instant now = Instant.now(clock);
        if (open.isPresent()) {
            SuggestionRow current = open.get();
            if (to.isPresent() && to.get() == current.toStage() && current.fromStage() == r.stage()) {
                if (!current.explanation().equals(outcome.explanation())) {
                    suggestions.update(new SuggestionRow(
                            current.id(),
                            current.clientId(),
                            current.fromStage(),
                            current.toStage(),
                            json.write(outcome.signals()),
                            outcome.explanation(),
                            now,
                            SuggestionStatus.OPEN,
                            null,
                            null,
                            null));
                }
                return;
            }
            suggestions.update(current.id(), SuggestionStatus.SUPERSEDED, null, now, null);
            tally[1]++;
        }
        if (to.isPresent()) {
            suggestions.save(new SuggestionRow(
                    UUID.randomUUID().toString(),
                    r.clientId(),
                    r.stage(),
                    to.get(),
                    json.write(outcome.signals()),
                    outcome.explanation(),
                    now,
                    SuggestionStatus.OPEN,
                    null,
                    null,
                    null));
            tally[0]++;
        }
    }

    /** A person's decision on a locked open suggestion, written as the four columns it changes. */
    private SuggestionRow decide(SuggestionRow s, SuggestionStatus status, @Nullable String reason) {
        suggestions.update(s.id(), status, actor.name(), Instant.now(clock), reason);
        return suggestions.findById(s.id()).orElseThrow();
    }
}
