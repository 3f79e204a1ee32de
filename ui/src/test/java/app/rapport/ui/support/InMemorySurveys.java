package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.api.common.Translated;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.ServqualStatement;
import app.rapport.api.survey.ServqualWording;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyResult;
import app.rapport.api.survey.SurveySettings;
import app.rapport.api.survey.SurveyTrigger;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Surveys in memory, with the server's rules that the views show: each instrument save over the version read is a
 * new version (412 when stale; a repeated key refused on {@code questions[i].key}); an opted-out client cannot be
 * invited (409); a client asked within the suppression window needs the override (409 otherwise); a new link
 * replaces the old token; only an open invitation can be withdrawn. What was saved and invited is kept to be read.
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(SurveyApi.class)
public class InMemorySurveys implements SurveyApi {
    private final Map<String, InstrumentView> instruments = new LinkedHashMap<>();
    private final Map<String, List<InvitationView>> invitations = new HashMap<>();
    private final Map<String, ResponseView> responses = new HashMap<>();
    private final Set<String> optedOut = new HashSet<>();
    private final Map<String, Instant> lastAsked = new HashMap<>();
    private SurveySettings settings = new SurveySettings(7, 14, 2, 1);
    public final List<InstrumentWrite> saved = new ArrayList<>();
    public final List<InvitationWrite> invited = new ArrayList<>();
    public final List<app.rapport.api.survey.RecordedAnswers> recorded = new ArrayList<>();
    private int tokens;

    /** The 22 statements, numbered texts in three languages, as a shipped template would hold them. */
    public static List<ServqualStatement> statements() {
        List<ServqualStatement> all = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            all.add(new ServqualStatement(
                    i,
                    "They should " + i,
                    new Translated("他们应该 " + i, "他們應該 " + i),
                    "Harbour does " + i,
                    new Translated("港湾做到 " + i, "港灣做到 " + i)));
        }
        return all;
    }

    public synchronized InstrumentView put(String name, List<Question> questions) {
        InstrumentView v = view(UUID.randomUUID().toString(), 1, new InstrumentWrite(name, null, questions, 4), false);
        instruments.put(v.id(), v);
        return v;
    }

    public synchronized void answered(InvitationView invitation, ResponseView response) {
        invitations
                .computeIfAbsent(invitation.clientId(), c -> new ArrayList<>())
                .add(0, invitation);
        responses.put(invitation.id(), response);
    }

    public synchronized List<InvitationView> of(String clientId) {
        return List.copyOf(invitations.getOrDefault(clientId, List.of()));
    }

    private static InstrumentView view(String id, int version, InstrumentWrite w, boolean archived) {
        return new InstrumentView(
                id,
                w.name(),
                w.nameTranslations() == null ? Translated.NONE : w.nameTranslations(),
                version,
                w.questions(),
                w.positiveFrom() == null ? 4 : w.positiveFrom(),
                archived,
                0,
                0,
                Instant.now(),
                "ada");
    }

    @Override
    public synchronized List<InstrumentView> instruments(Boolean archived) {
        boolean want = Boolean.TRUE.equals(archived);
        return instruments.values().stream().filter(i -> i.archived() == want).toList();
    }

    @Override
    public synchronized HttpResponse<InstrumentView> instrument(String id) {
        InstrumentView v = instruments.get(id);
        if (v == null) {
            throw new HttpClientResponseException("not found", HttpResponse.notFound());
        }
        return HttpResponse.ok(v);
    }

    @Override
    public synchronized InstrumentView instrumentVersion(String id, int version) {
        return instrument(id).body();
    }

    private static HttpResponse<InstrumentView> refused(InstrumentWrite w) {
        Set<String> keys = new HashSet<>();
        List<ProblemView.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < w.questions().size(); i++) {
            if (!keys.add(w.questions().get(i).key())) {
                problems.add(ProblemView.FieldProblem.of("questions[" + i + "].key", FieldCode.DUPLICATE_KEY));
            }
        }
        return problems.isEmpty() ? null : FakeProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input", problems);
    }

    @Override
    public synchronized HttpResponse<InstrumentView> addInstrument(InstrumentWrite instrument) {
        HttpResponse<InstrumentView> refused = refused(instrument);
        if (refused != null) {
            return refused;
        }
        saved.add(instrument);
        InstrumentView v = view(UUID.randomUUID().toString(), 1, instrument, false);
        instruments.put(v.id(), v);
        return HttpResponse.created(v);
    }

    @Override
    public synchronized HttpResponse<InstrumentView> changeInstrument(
            String id, String ifMatch, InstrumentWrite instrument) {
        InstrumentView now = instrument(id).body();
        if (!("\"" + now.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        HttpResponse<InstrumentView> refused = refused(instrument);
        if (refused != null) {
            return refused;
        }
        saved.add(instrument);
        InstrumentView v = view(id, now.version() + 1, instrument, false);
        instruments.put(id, v);
        return HttpResponse.ok(v);
    }

    /** Another admin's save in between: the version moves on under the editor. */
    public synchronized void changedElsewhere(String id) {
        InstrumentView now = instruments.get(id);
        instruments.put(
                id,
                view(id, now.version() + 1, new InstrumentWrite(now.name() + " (B)", null, now.questions(), 4), false));
    }

    @Override
    public synchronized HttpResponse<Void> archiveInstrument(String id) {
        InstrumentView now = instrument(id).body();
        instruments.put(
                id,
                view(
                        id,
                        now.version(),
                        new InstrumentWrite(now.name(), now.nameTranslations(), now.questions(), now.positiveFrom()),
                        true));
        return HttpResponse.noContent();
    }

    @Override
    public InstrumentWrite template(InstrumentTemplate template) {
        return switch (template) {
            case SERVQUAL ->
                new InstrumentWrite(
                        "Service quality (SERVQUAL)",
                        new Translated("服务质量调查（SERVQUAL）", "服務品質調查（SERVQUAL）"),
                        List.of(new Question(
                                "servqual",
                                QuestionType.SERVQUAL,
                                null,
                                null,
                                true,
                                null,
                                ServqualWording.W1988,
                                statements(),
                                false)),
                        null);
            case AFTER_COMPLAINT, RELATIONSHIP ->
                new InstrumentWrite(
                        template == InstrumentTemplate.AFTER_COMPLAINT ? "After a complaint" : "Relationship",
                        null,
                        List.of(
                                new Question(
                                        "csat", QuestionType.CSAT, "How satisfied?", null, true, 2, null, null, false),
                                new Question("nps", QuestionType.NPS, "Recommend?", null, true, 6, null, null, false),
                                new Question(
                                        "comment",
                                        QuestionType.TEXT,
                                        "Anything else?",
                                        null,
                                        false,
                                        null,
                                        null,
                                        null,
                                        false)),
                        4);
        };
    }

    private final Map<String, app.rapport.api.survey.RuleView> rules = new LinkedHashMap<>();

    @Override
    public synchronized List<app.rapport.api.survey.RuleView> surveyRules() {
        return List.copyOf(rules.values());
    }

    @Override
    public synchronized HttpResponse<app.rapport.api.survey.RuleView> surveyRule(String id) {
        app.rapport.api.survey.RuleView r = rules.get(id);
        if (r == null) {
            throw new HttpClientResponseException("not found", HttpResponse.notFound());
        }
        return HttpResponse.ok(r);
    }

    private app.rapport.api.survey.RuleView rule(String id, long version, app.rapport.api.survey.RuleWrite w) {
        InstrumentView i = instruments.get(w.instrumentId());
        return new app.rapport.api.survey.RuleView(
                id,
                w.trigger(),
                w.instrumentId(),
                i == null ? "" : i.name(),
                i == null ? Translated.NONE : i.nameTranslations(),
                w.careKind(),
                w.stepId(),
                w.tierId(),
                w.everyMonths(),
                w.delayHours(),
                w.active(),
                0,
                version,
                Instant.now(),
                "ada");
    }

    @Override
    public synchronized HttpResponse<app.rapport.api.survey.RuleView> addSurveyRule(
            app.rapport.api.survey.RuleWrite write) {
        if (write.trigger() == app.rapport.api.survey.SurveyTrigger.CARE_DONE && write.careKind() == null) {
            return FakeProblems.badField("careKind", FieldCode.NOT_NULL);
        }
        app.rapport.api.survey.RuleView v = rule(UUID.randomUUID().toString(), 1, write);
        rules.put(v.id(), v);
        return HttpResponse.created(v);
    }

    @Override
    public synchronized HttpResponse<app.rapport.api.survey.RuleView> changeSurveyRule(
            String id, String ifMatch, app.rapport.api.survey.RuleWrite write) {
        app.rapport.api.survey.RuleView now = surveyRule(id).body();
        if (!("\"" + now.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        app.rapport.api.survey.RuleView v = rule(id, now.version() + 1, write);
        rules.put(id, v);
        return HttpResponse.ok(v);
    }

    @Override
    public synchronized HttpResponse<Void> removeSurveyRule(String id) {
        rules.remove(id);
        return HttpResponse.noContent();
    }

    public final Map<String, app.rapport.api.survey.SurveyResults> results = new HashMap<>();

    @Override
    public synchronized app.rapport.api.survey.SurveyResults surveyResults(
            String instrument, java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new HttpClientResponseException("bad", FakeProblems.badField("to", FieldCode.MUST_FOLLOW));
        }
        app.rapport.api.survey.SurveyResults r = results.get(instrument);
        if (r == null) {
            throw new HttpClientResponseException("not found", HttpResponse.notFound());
        }
        return r;
    }

    /** What the index answers, by grouping (the period and range asked are recorded). */
    public final Map<app.rapport.api.survey.IndexGrouping, app.rapport.api.survey.SatisfactionIndex> index =
            new HashMap<>();

    public final List<String> indexAsked = new ArrayList<>();

    @Override
    public synchronized app.rapport.api.survey.SatisfactionIndex satisfactionIndex(
            app.rapport.api.survey.IndexGrouping by,
            app.rapport.api.survey.IndexPeriod period,
            java.time.LocalDate from,
            java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new HttpClientResponseException("bad", FakeProblems.badField("to", FieldCode.MUST_FOLLOW));
        }
        indexAsked.add(by + " " + period + " " + from + " " + to);
        app.rapport.api.survey.SatisfactionIndex found = index.get(by);
        if (found == null) {
            java.time.LocalDate end = to == null ? java.time.LocalDate.now(InMemoryWorkspace.ZONE) : to;
            return new app.rapport.api.survey.SatisfactionIndex(
                    by, period, from == null ? end.minusYears(1) : from, end, List.of(), List.of());
        }
        return found;
    }

    @Override
    public synchronized HttpResponse<SurveySettings> surveySettings() {
        return HttpResponse.ok(settings);
    }

    @Override
    public synchronized HttpResponse<SurveySettings> changeSurveySettings(String ifMatch, SurveySettings write) {
        if (!("\"" + settings.version() + "\"").equals(ifMatch)) {
            return FakeProblems.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", List.of());
        }
        if (write.expiryDays() < 1) {
            return FakeProblems.badField("expiryDays", FieldCode.RANGE);
        }
        settings = new SurveySettings(
                write.suppressionDays(), write.expiryDays(), write.followUpDays(), settings.version() + 1);
        return HttpResponse.ok(settings);
    }

    @Override
    public synchronized ClientSurveys clientSurveys(String clientId) {
        Instant last = lastAsked.get(clientId);
        Instant until = last == null ? null : last.plus(Duration.ofDays(settings.suppressionDays()));
        return new ClientSurveys(
                optedOut.contains(clientId),
                optedOut.contains(clientId) ? Instant.parse("2026-11-30T09:00:00Z") : null,
                until != null && until.isAfter(Instant.now()) ? until : null,
                of(clientId));
    }

    @Override
    public synchronized HttpResponse<InvitationLink> invite(String clientId, InvitationWrite write) {
        if (optedOut.contains(clientId)) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "survey-opted-out", List.of());
        }
        if (clientSurveys(clientId).suppressedUntil() != null && !write.overrideSuppression()) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "survey-suppressed", List.of());
        }
        InstrumentView instrument = instrument(write.instrumentId()).body();
        invited.add(write);
        Instant now = Instant.now();
        InvitationView v = new InvitationView(
                UUID.randomUUID().toString(),
                instrument.id(),
                instrument.name(),
                instrument.nameTranslations(),
                instrument.version(),
                clientId,
                write.contactId(),
                write.language() == null ? "en" : write.language(),
                InvitationStatus.OPEN,
                SurveyTrigger.MANUAL,
                null,
                now,
                "amy",
                now.plus(Duration.ofDays(settings.expiryDays())),
                null,
                null,
                true,
                null,
                true,
                write.productId(),
                write.blueprintId());
        invitations.computeIfAbsent(clientId, c -> new ArrayList<>()).add(0, v);
        lastAsked.put(clientId, now);
        return HttpResponse.created(new InvitationLink(v, token()));
    }

    /**
     * Answers recorded by a member: refused, as the server does, for a day after today or the form's channel; the
     * invitation they answer (or a new one of trigger RECORDED) turns ANSWERED with the scores' headline figures.
     */
    @Override
    public synchronized HttpResponse<ResponseView> recordAnswers(
            String clientId, app.rapport.api.survey.RecordedAnswers write) {
        // the tenant's today, as the server's clock is
        if (write.answeredOn().isAfter(app.rapport.ui.platform.i18n.TenantTime.today())) {
            return FakeProblems.badField("answeredOn", app.rapport.api.common.FieldCode.IN_FUTURE);
        }
        if (write.channel() == app.rapport.api.survey.SurveyChannel.FORM) {
            return FakeProblems.badField("channel", app.rapport.api.common.FieldCode.INVALID);
        }
        recorded.add(write);
        Integer csat = null;
        Integer nps = null;
        for (var a : write.answers()) {
            if (a.key().equals("recommend")) {
                nps = a.score();
            } else if (a.score() != null && csat == null && !a.key().equals("effort")) {
                csat = a.score();
            }
        }
        SurveyResult figures = result(csat, nps, write.channel(), "amy");
        Instant at = write.answeredOn().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        InvitationView before = write.invitationId() == null ? null : find(write.invitationId());
        InstrumentView instrument = instrument(before == null ? write.instrumentId() : before.instrumentId())
                .body();
        InvitationView v = new InvitationView(
                before == null ? UUID.randomUUID().toString() : before.id(),
                instrument.id(),
                instrument.name(),
                instrument.nameTranslations(),
                instrument.version(),
                clientId,
                null,
                before == null ? "en" : before.language(),
                InvitationStatus.ANSWERED,
                before == null ? SurveyTrigger.RECORDED : before.trigger(),
                null,
                before == null ? at : before.createdAt(),
                "amy",
                before == null ? at : before.expiresAt(),
                at,
                figures,
                false,
                null,
                false,
                write.productId(),
                write.blueprintId());
        List<InvitationView> list = invitations.computeIfAbsent(clientId, c -> new ArrayList<>());
        if (before != null) {
            list.set(list.indexOf(before), v);
        } else {
            list.add(0, v);
        }
        ResponseView r = new ResponseView(v, at, instrument.questions(), write.answers());
        responses.put(v.id(), r);
        return HttpResponse.created(r);
    }

    private String token() {
        return "harbour-hotel.secret" + (++tokens);
    }

    @Override
    public synchronized ClientSurveys optOut(String clientId, OptOutWrite write) {
        if (write.optedOut()) {
            optedOut.add(clientId);
        } else {
            optedOut.remove(clientId);
        }
        return clientSurveys(clientId);
    }

    private InvitationView find(String id) {
        return invitations.values().stream()
                .flatMap(List::stream)
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new HttpClientResponseException("not found", HttpResponse.notFound()));
    }

    @Override
    public synchronized InvitationView invitation(String id) {
        return find(id);
    }

    @Override
    public synchronized InvitationLink newLink(String id) {
        return new InvitationLink(find(id), token());
    }

    @Override
    public synchronized HttpResponse<Void> cancelInvitation(String id) {
        InvitationView i = find(id);
        if (i.status() != InvitationStatus.OPEN) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "survey-answered", List.of());
        }
        List<InvitationView> list = invitations.get(i.clientId());
        list.set(
                list.indexOf(i),
                new InvitationView(
                        i.id(),
                        i.instrumentId(),
                        i.instrumentName(),
                        i.instrumentNameTranslations(),
                        i.instrumentVersion(),
                        i.clientId(),
                        i.contactId(),
                        i.language(),
                        InvitationStatus.CANCELLED,
                        i.trigger(),
                        i.triggerRef(),
                        i.createdAt(),
                        i.createdBy(),
                        i.expiresAt(),
                        null,
                        null,
                        false,
                        null,
                        false,
                        i.productId(),
                        i.blueprintId()));
        return HttpResponse.noContent();
    }

    @Override
    public synchronized ResponseView response(String id) {
        ResponseView r = responses.get(id);
        if (r == null) {
            throw new HttpClientResponseException("not found", HttpResponse.notFound());
        }
        return r;
    }

    /** A result as the server would compute it, for a test that puts an answered invitation. */
    public static SurveyResult result(Integer csat, Integer nps) {
        return result(csat, nps, app.rapport.api.survey.SurveyChannel.FORM, null);
    }

    private static SurveyResult result(
            Integer csat, Integer nps, app.rapport.api.survey.SurveyChannel channel, String recordedBy) {
        return new SurveyResult(
                csat,
                csat == null ? null : csat >= 4,
                nps,
                nps == null
                        ? null
                        : nps >= 9
                                ? app.rapport.api.survey.NpsGroup.PROMOTER
                                : nps >= 7
                                        ? app.rapport.api.survey.NpsGroup.PASSIVE
                                        : app.rapport.api.survey.NpsGroup.DETRACTOR,
                null,
                (csat != null && csat <= 2) || (nps != null && nps <= 6),
                List.of(),
                null,
                channel,
                recordedBy);
    }
}
