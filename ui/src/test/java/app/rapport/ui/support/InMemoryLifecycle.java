package app.rapport.ui.support;

import app.rapport.api.care.Assignment;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ReasonCode;
import app.rapport.api.common.Translated;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.PortfolioCell;
import app.rapport.api.lifecycle.Signal;
import app.rapport.api.lifecycle.SignalKind;
import app.rapport.api.lifecycle.SignalRun;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageChangeView;
import app.rapport.api.lifecycle.StageChangeWrite;
import app.rapport.api.lifecycle.StageMove;
import app.rapport.api.lifecycle.StageTime;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionDecision;
import app.rapport.api.lifecycle.SuggestionStatus;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.lifecycle.Tendency;
import app.rapport.api.lifecycle.TimelineEntry;
import app.rapport.api.lifecycle.TimelineKind;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lifecycle in memory, with the rules the views rely on: a reason is required, a jump needs 20 characters,
 * dismissing needs a reason, accepting moves the client.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(LifecycleApi.class)
public class InMemoryLifecycle implements LifecycleApi {
    @Override
    public synchronized PlaybookStepView playbookStep(String id) {
        return playbook().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    public final Map<String, Stage> stages = new HashMap<>();
    public final Map<String, String> owners = new HashMap<>();
    public final Map<String, List<StageChangeView>> history = new HashMap<>();
    public final List<SuggestionView> suggestions = new ArrayList<>();
    public final List<PlaybookStepView> playbook = new ArrayList<>();
    public final List<TimelineEntry> timeline = new ArrayList<>();
    public final List<String> portfolioOwners = new ArrayList<>();
    public int computations;

    /** An open DECLINE suggestion for a client, from a purchase lapse of 94 days against a usual 30. */
    public SuggestionView suggestDecline(String clientId, String clientName) {
        SuggestionView s = new SuggestionView(
                UUID.randomUUID().toString(),
                clientId,
                clientName,
                "amy",
                stages.getOrDefault(clientId, Stage.EXPLORATION),
                Stage.DECLINE,
                List.of(
                        new Signal(
                                SignalKind.PURCHASE_LAPSE,
                                Tendency.DECLINE,
                                new BigDecimal("94"),
                                new BigDecimal("30")),
                        new Signal(
                                SignalKind.LOW_RATINGS, Tendency.DECLINE, new BigDecimal("2.00"), new BigDecimal("2"))),
                Instant.now(),
                SuggestionStatus.OPEN,
                null,
                null,
                null);
        suggestions.add(s);
        return s;
    }

    private StageView view(String clientId) {
        return new StageView(
                clientId,
                stages.getOrDefault(clientId, Stage.EXPLORATION),
                Instant.now().minusSeconds(86400 * 3),
                owners.get(clientId),
                List.of(new StageTime(stages.getOrDefault(clientId, Stage.EXPLORATION), 3)),
                List.copyOf(history.getOrDefault(clientId, List.of())),
                suggestions.stream()
                        .filter(s -> s.clientId().equals(clientId) && s.status() == SuggestionStatus.OPEN)
                        .findFirst()
                        .orElse(null));
    }

    private void move(String clientId, Stage to, String reason, String suggestionId) {
        Stage from = stages.getOrDefault(clientId, Stage.EXPLORATION);
        stages.put(clientId, to);
        history.computeIfAbsent(clientId, k -> new ArrayList<>())
                .add(
                        0,
                        new StageChangeView(
                                UUID.randomUUID().toString(),
                                from,
                                to,
                                Instant.now(),
                                "amy",
                                suggestionId == null ? ReasonCode.MANUAL : ReasonCode.SUGGESTION_ACCEPTED,
                                reason,
                                suggestionId,
                                1,
                                2));
    }

    @Override
    public synchronized StageView stage(String clientId) {
        return view(clientId);
    }

    @Override
    public synchronized HttpResponse<StageView> changeStage(String clientId, StageChangeWrite change) {
        if (change.reason() == null || change.reason().isBlank()) {
            return FakeProblems.badField("reason", FieldCode.NOT_BLANK);
        }
        Stage from = stages.getOrDefault(clientId, Stage.EXPLORATION);
        if (from == change.to()) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "same-stage", List.of());
        }
        if (change.to() == Stage.STABILITY
                && from == Stage.EXPLORATION
                && change.reason().strip().length() < 20) {
            return FakeProblems.problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "stage-jump-needs-reason",
                    List.of(ProblemView.FieldProblem.of("reason", FieldCode.JUMP_REASON_LENGTH, "minLength", 20)));
        }
        move(clientId, change.to(), change.reason(), null);
        return HttpResponse.ok(view(clientId));
    }

    @Override
    public synchronized HttpResponse<StageView> assignOwner(String clientId, Assignment a) {
        owners.put(clientId, a.owner());
        return HttpResponse.ok(view(clientId));
    }

    @Override
    public synchronized HttpResponse<StageView> computeSignals(String clientId) {
        computations++;
        return HttpResponse.ok(view(clientId));
    }

    @Override
    public synchronized List<SuggestionView> suggestions(String owner) {
        return suggestions.stream()
                .filter(s -> s.status() == SuggestionStatus.OPEN)
                .filter(s -> owner == null || owner.equals(s.owner()))
                .toList();
    }

    @Override
    public synchronized HttpResponse<SignalRun> computeAll() {
        computations++;
        return HttpResponse.ok(new SignalRun(12, 1, 0, 3, 40));
    }

    private int index(String id) {
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private SuggestionView decided(SuggestionView s, SuggestionStatus status, String reason) {
        return new SuggestionView(
                s.id(),
                s.clientId(),
                s.clientName(),
                s.owner(),
                s.from(),
                s.to(),
                s.signals(),
                s.computedAt(),
                status,
                "amy",
                Instant.now(),
                reason);
    }

    @Override
    public synchronized HttpResponse<StageView> accept(String id, SuggestionDecision decision) {
        int i = index(id);
        SuggestionView s = suggestions.get(i);
        suggestions.set(i, decided(s, SuggestionStatus.ACCEPTED, decision.reason()));
        move(s.clientId(), s.to(), decision.reason(), s.id());
        return HttpResponse.ok(view(s.clientId()));
    }

    @Override
    public synchronized HttpResponse<SuggestionView> dismiss(String id, SuggestionDecision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            return FakeProblems.badField("reason", FieldCode.NOT_BLANK);
        }
        int i = index(id);
        suggestions.set(i, decided(suggestions.get(i), SuggestionStatus.DISMISSED, decision.reason()));
        return HttpResponse.ok(suggestions.get(i));
    }

    @Override
    public synchronized List<PlaybookStepView> playbook() {
        return List.copyOf(playbook);
    }

    private static PlaybookStepView step(String id, PlaybookStepWrite w) {
        return new PlaybookStepView(
                id,
                w.stage(),
                w.tierId(),
                w.kind(),
                w.title(),
                w.offsetDays(),
                w.cadenceDays(),
                w.aimedLevel(),
                w.ownerRole(),
                w.instructions(),
                w.position(),
                w.titleTranslations() == null ? Translated.NONE : w.titleTranslations(),
                w.instructionsTranslations() == null ? Translated.NONE : w.instructionsTranslations());
    }

    @Override
    public synchronized HttpResponse<PlaybookStepView> addStep(PlaybookStepWrite w) {
        if (w.title() == null || w.title().isBlank()) {
            return FakeProblems.badField("title", FieldCode.NOT_BLANK);
        }
        if ((w.offsetDays() == null) == (w.cadenceDays() == null)) {
            return FakeProblems.badField("offsetDays", FieldCode.EITHER_OR);
        }
        PlaybookStepView v = step(UUID.randomUUID().toString(), w);
        playbook.add(v);
        return HttpResponse.created(v);
    }

    @Override
    public synchronized HttpResponse<PlaybookStepView> changeStep(String id, PlaybookStepWrite w) {
        for (int i = 0; i < playbook.size(); i++) {
            if (playbook.get(i).id().equals(id)) {
                playbook.set(i, step(id, w));
                return HttpResponse.ok(playbook.get(i));
            }
        }
        return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", List.of());
    }

    @Override
    public synchronized HttpResponse<Void> removeStep(String id) {
        playbook.removeIf(s -> s.id().equals(id));
        return HttpResponse.noContent();
    }

    @Override
    public synchronized Portfolio portfolio(String owner) {
        portfolioOwners.add(owner == null ? "*" : owner);
        return new Portfolio(
                owner,
                5,
                new BigDecimal("12500.00"),
                List.of(
                        new PortfolioCell(Stage.EXPLORATION, null, 2, new BigDecimal("500.00")),
                        new PortfolioCell(Stage.STABILITY, null, 2, new BigDecimal("11000.00")),
                        new PortfolioCell(Stage.DECLINE, null, 1, new BigDecimal("1000.00"))),
                LocalDate.now(InMemoryWorkspace.ZONE).minusDays(90),
                List.of(
                        new StageMove(Stage.EXPLORATION, Stage.FORMATION, 3),
                        new StageMove(Stage.STABILITY, Stage.DECLINE, 1)));
    }

    @Override
    public synchronized app.rapport.api.common.PageView<TimelineEntry> timeline(
            String clientId,
            app.rapport.api.lifecycle.TimelineKind kind,
            java.time.LocalDate from,
            java.time.LocalDate to,
            Integer page,
            Integer size) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        List<TimelineEntry> found = timeline.stream()
                .filter(e -> kind == null || e.kind() == kind)
                .filter(e -> from == null || !e.at().atZone(zone).toLocalDate().isBefore(from))
                .filter(e -> to == null || !e.at().atZone(zone).toLocalDate().isAfter(to))
                .toList();
        return FakePages.of(found, page, size);
    }

    public static TimelineEntry entry(TimelineKind kind, String code, String fromCode, String text) {
        return new TimelineEntry(
                Instant.now(), kind, UUID.randomUUID().toString(), code, fromCode, null, Map.of(), text, "amy");
    }
}
