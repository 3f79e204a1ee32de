package app.rapport.survey;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.NpsGroup;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.Question;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyForm;
import app.rapport.api.survey.SurveySettings;
import app.rapport.support.PlaybookTenantTest;
import io.micronaut.http.MutableHttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Surveys end to end in a tenant of their own: an admin composes instruments (each save a version), a manager
 * invites a client, the client answers once through the public form without a login, a low answer opens the owner's
 * follow-up, and the suppression window, opt-out, expiry and cancellation each refuse with their own code.
 */
class SurveyApiTest extends PlaybookTenantTest {
    /** Every public call of a test comes from its own address, so tests never share a rate-limit window. */
    private String address;

    private String client;
    private InstrumentView afterComplaint;

    @BeforeEach
    void anInstrumentAndAClient() {
        address = "rate-" + UUID.randomUUID();
        client = client("Surveyed Trading");
        afterComplaint = add(template(InstrumentTemplate.AFTER_COMPLAINT));
    }

    @Test
    void each_change_of_an_instrument_is_a_new_version_over_the_one_read() {
        InstrumentWrite write = template(InstrumentTemplate.AFTER_COMPLAINT);
        List<Question> fewer = write.questions().subList(0, 1);
        InstrumentWrite changed = new InstrumentWrite(write.name(), write.nameTranslations(), fewer, 5);
        Reply first = send(admin, put(afterComplaint.id(), changed, "\"1\""));
        assertEquals(200, first.status(), first.body());
        assertEquals("\"2\"", first.header("ETag"));
        assertEquals(1, read(first, InstrumentView.class).questions().size());
        assertEquals(5, read(first, InstrumentView.class).positiveFrom());
        Reply stale = send(admin, put(afterComplaint.id(), changed, "\"1\""));
        assertEquals(412, stale.status(), stale.body());
        InstrumentView v1 = read(
                send(manager, GET("/api/v1/survey-instruments/" + afterComplaint.id() + "/versions/1")),
                InstrumentView.class);
        assertEquals(1, v1.version());
        assertEquals(3, v1.questions().size());
    }

    @Test
    void questions_an_instrument_cannot_ask_are_refused_naming_the_field() {
        InstrumentWrite write = new InstrumentWrite(
                "Broken",
                null,
                List.of(
                        new Question("a", QuestionType.CSAT, "One?", null, true, 5, null, null, false),
                        new Question("a", QuestionType.CSAT, "Two?", null, true, null, null, null, false),
                        new Question("t", QuestionType.TEXT, " ", null, false, null, null, null, true),
                        new Question(
                                "s",
                                QuestionType.SERVQUAL,
                                null,
                                null,
                                true,
                                null,
                                null,
                                template(InstrumentTemplate.SERVQUAL)
                                        .questions()
                                        .get(0)
                                        .statements()
                                        .subList(0, 21),
                                true)),
                null);
        Reply r = send(admin, POST("/api/v1/survey-instruments", write));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("\"questions[0].askWhyAtMost\""), r.body());
        assertTrue(r.body().contains("\"questions[1].key\""), r.body());
        assertTrue(r.body().contains("ONE_PER_INSTRUMENT"), r.body());
        assertTrue(r.body().contains("\"questions[2].text\""), r.body());
        assertTrue(r.body().contains("\"questions[2].importancePoints\""), r.body());
        assertTrue(r.body().contains("\"questions[3].statements\""), r.body());
        assertTrue(r.body().contains("\"item\":22"), r.body());
        assertEquals(0, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_instrument WHERE name = 'Broken'"));
    }

    @Test
    void the_servqual_instrument_ships_its_22_statements_in_three_languages() {
        Question block = template(InstrumentTemplate.SERVQUAL).questions().get(0);
        assertEquals(22, block.statements().size());
        assertTrue(block.statements().stream()
                .allMatch(s -> s.expectationTranslations().zhCn() != null
                        && s.perceptionTranslations().zhTw() != null));
        InstrumentView saved = add(template(InstrumentTemplate.SERVQUAL));
        InvitationLink link = invite(saved.id(), "zh-TW");
        SurveyForm form = form(link.token(), null);
        assertEquals("zh-TW", form.language());
        assertEquals(22, form.questions().get(0).statements().size());
        assertEquals(
                "Lifecycle Test擁有現代化的設備。",
                form.questions().get(0).statements().get(0).perception());
    }

    @Test
    void the_client_answers_once_in_their_language_and_the_manager_sees_the_figures() {
        InvitationLink link = invite(afterComplaint.id(), "zh-CN");
        assertTrue(link.token().startsWith(slug + "."), link.token());
        SurveyForm form = form(link.token(), null);
        assertEquals("Lifecycle Test", form.tenantName());
        assertEquals("投诉处理回访", form.title());
        assertEquals("您对Lifecycle Test处理您投诉的方式满意吗？", form.questions().get(0).text());
        assertEquals(
                "How satisfied are you with how Lifecycle Test handled your complaint?",
                form(link.token(), "en").questions().get(0).text());

        assertEquals(
                204,
                answer(link.token(), SurveyFixtures.afterComplaint(5, List.of(), "很好"))
                        .status());
        Reply again = answer(link.token(), SurveyFixtures.afterComplaint(1, List.of(), "no"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("survey-answered"), again.body());
        assertEquals(
                409, publicly(GET("/api/v1/public/surveys/" + link.token())).status());

        ClientSurveys surveys = surveys(client);
        assertEquals(InvitationStatus.ANSWERED, surveys.invitations().get(0).status());
        assertEquals(5, surveys.invitations().get(0).result().csat());
        assertEquals(Boolean.TRUE, surveys.invitations().get(0).result().csatPositive());
        assertNull(surveys.invitations().get(0).result().followUpId());
        ResponseView full = read(
                send(
                        manager,
                        GET("/api/v1/survey-invitations/" + link.invitation().id() + "/response")),
                ResponseView.class);
        assertEquals("很好", full.answers().get(2).text());
        assertEquals(1, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_response"));
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_invitation WHERE token_hash LIKE '%"
                        + link.token().substring(slug.length() + 1, slug.length() + 9) + "%'"));
    }

    @Test
    void a_dissatisfied_answer_opens_a_call_back_for_the_owner_with_its_reasons() {
        assertEquals(
                200,
                send(admin, PUT("/api/v1/clients/" + client + "/owner", new Assignment(manager)))
                        .status());
        InvitationLink link = invite(afterComplaint.id(), "en");
        Reply r = answer(
                link.token(),
                SurveyFixtures.afterComplaint(
                        2, List.of(ComplaintCause.STAFF_MISTAKE, ComplaintCause.PRODUCT_QUALITY), "late twice"));
        assertEquals(204, r.status(), r.body());
        CareActionView callBack = actions(client).stream()
                .filter(a -> a.source() == CareSource.SURVEY)
                .findFirst()
                .orElseThrow();
        assertEquals(CareKind.SURVEY_FOLLOW_UP, callBack.kind());
        assertEquals("CSAT:2", callBack.title());
        assertEquals(manager, callBack.owner());
        assertEquals(TODAY.plusDays(2), callBack.dueOn());
        var result = surveys(client).invitations().get(0).result();
        assertTrue(result.low());
        assertEquals(callBack.id(), result.followUpId());
        assertEquals(List.of(ComplaintCause.PRODUCT_QUALITY, ComplaintCause.STAFF_MISTAKE), result.reasons());
    }

    @Test
    void a_detractor_is_called_back_and_a_promoter_is_not() {
        InstrumentView relationship = add(template(InstrumentTemplate.RELATIONSHIP));
        InvitationLink detractor = invite(relationship.id(), "en");
        assertEquals(204, answer(detractor.token(), nps(6)).status());
        send(
                admin,
                PUT("/api/v1/survey-settings", new SurveySettings(0, 14, 2, 0)).header("If-Match", "\"0\""));
        InvitationLink promoter = invite(relationship.id(), "en");
        assertEquals(204, answer(promoter.token(), nps(9)).status());
        List<CareActionView> callBacks = actions(client).stream()
                .filter(a -> a.source() == CareSource.SURVEY)
                .toList();
        assertEquals(1, callBacks.size());
        assertEquals("NPS:6", callBacks.get(0).title());
        var groups = surveys(client).invitations().stream()
                .map(i -> i.result().npsGroup())
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of(NpsGroup.PROMOTER, NpsGroup.DETRACTOR), groups);

        // the detractor is a decline signal of the relationship, next to an open complaint
        Reply complaint = send(
                staff,
                POST(
                        "/api/v1/complaints",
                        new app.rapport.api.complaint.ComplaintWrite(
                                client,
                                app.rapport.api.common.Channel.PHONE,
                                "Nobody called back",
                                app.rapport.api.complaint.Severity.MEDIUM,
                                null,
                                null,
                                null,
                                null,
                                null)));
        assertEquals(201, complaint.status(), complaint.body());
        var stage = read(
                send(manager, POST("/api/v1/clients/" + client + "/signals", "")),
                app.rapport.api.lifecycle.StageView.class);
        assertTrue(stage.suggestion() != null, "two decline signals suggest decline");
        var low = stage.suggestion().signals().stream()
                .filter(x -> x.kind() == app.rapport.api.lifecycle.SignalKind.LOW_SURVEYS)
                .findFirst()
                .orElseThrow();
        assertEquals(0, low.value().compareTo(java.math.BigDecimal.ONE), "one low answer in 90 days: " + low);

        // both answers are on the client's timeline with their figures, the call-back with its title as a code
        Reply timeline = send(manager, GET("/api/v1/clients/" + client + "/timeline?kind=SURVEY"));
        assertEquals(200, timeline.status(), timeline.body());
        assertTrue(timeline.body().contains("\"code\":\"ANSWERED\""), timeline.body());
        assertTrue(timeline.body().contains("\"nps\":6") && timeline.body().contains("\"nps\":9"), timeline.body());
        Reply care = send(manager, GET("/api/v1/clients/" + client + "/timeline?kind=CARE_ACTION"));
        assertTrue(care.body().contains("\"surveyTitle\":\"NPS:6\""), care.body());
    }

    @Test
    void of_eight_answers_sent_at_once_exactly_one_is_taken_and_called_back_once() {
        InvitationLink link = invite(afterComplaint.id(), "en");
        List<Reply> replies = parallel(8, () -> answer(link.token(), SurveyFixtures.afterComplaint(1, List.of(), "x")));
        assertEquals(1, statuses(replies).getOrDefault(204, 0L), replies.toString());
        assertEquals(7, statuses(replies).getOrDefault(409, 0L), replies.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_response"));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".care_action WHERE source = 'SURVEY'"));
    }

    @Test
    void answers_that_do_not_fit_the_questions_are_refused_naming_the_question_and_nothing_is_saved() {
        InvitationLink link = invite(afterComplaint.id(), "en");
        SurveyAnswers bad = new SurveyAnswers(
                List.of(
                        new app.rapport.api.survey.Answer("satisfaction", 9, null, null, null, null),
                        new app.rapport.api.survey.Answer(
                                "effort", 6, null, List.of(ComplaintCause.STAFF_MISTAKE), null, null),
                        new app.rapport.api.survey.Answer("nonsense", 1, null, null, null, null)),
                false);
        Reply r = answer(link.token(), bad);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("\"satisfaction.score\""), r.body());
        assertTrue(r.body().contains("\"effort.reasons\""), r.body());
        assertTrue(r.body().contains("\"answers[2].key\""), r.body());
        Reply missing = answer(link.token(), new SurveyAnswers(List.of(), false));
        assertTrue(missing.body().contains("\"satisfaction.score\"")
                && missing.body().contains("NOT_NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_response"));
        assertEquals(
                204,
                answer(link.token(), SurveyFixtures.afterComplaint(4, List.of(), ""))
                        .status());
    }

    @Test
    void a_client_invited_recently_or_opted_out_is_not_asked_again() {
        invite(afterComplaint.id(), "en");
        Reply twice = send(
                manager,
                POST("/api/v1/clients/" + client + "/surveys", SurveyFixtures.invitation(afterComplaint.id(), "en")));
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.body().contains("survey-suppressed"), twice.body());
        assertTrue(surveys(client).suppressedUntil() != null);
        Reply overridden = send(
                manager,
                POST(
                        "/api/v1/clients/" + client + "/surveys",
                        new InvitationWrite(afterComplaint.id(), null, "en", true)));
        assertEquals(201, overridden.status(), overridden.body());

        InvitationLink link = read(overridden, InvitationLink.class);
        SurveyAnswers optingOut = new SurveyAnswers(
                SurveyFixtures.afterComplaint(4, List.of(), "").answers(), true);
        assertEquals(204, answer(link.token(), optingOut).status());
        assertTrue(surveys(client).optedOut());
        Reply refused = send(
                manager,
                POST(
                        "/api/v1/clients/" + client + "/surveys",
                        new InvitationWrite(afterComplaint.id(), null, "en", true)));
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("survey-opted-out"), refused.body());
        ClientSurveys back = read(
                send(manager, PUT("/api/v1/clients/" + client + "/surveys/opt-out", new OptOutWrite(false))),
                ClientSurveys.class);
        assertTrue(!back.optedOut());
    }

    @Test
    void unknown_replaced_cancelled_and_expired_links_each_say_so_and_nothing_more() {
        InvitationLink link = invite(afterComplaint.id(), "en");
        String tampered = link.token().substring(0, link.token().length() - 1)
                + (link.token().endsWith("A") ? "B" : "A");
        assertProblem(publicly(GET("/api/v1/public/surveys/" + tampered)), 404, "SURVEY_UNKNOWN");
        String otherTenant = HARBOUR + link.token().substring(slug.length());
        assertProblem(publicly(GET("/api/v1/public/surveys/" + otherTenant)), 404, "SURVEY_UNKNOWN");
        assertProblem(publicly(GET("/api/v1/public/surveys/nobody.x")), 404, "SURVEY_UNKNOWN");

        InvitationLink relinked = read(
                send(
                        manager,
                        POST("/api/v1/survey-invitations/" + link.invitation().id() + "/link", "")),
                InvitationLink.class);
        assertNotEquals(link.token(), relinked.token());
        assertProblem(publicly(GET("/api/v1/public/surveys/" + link.token())), 404, "SURVEY_UNKNOWN");
        assertEquals(
                200, publicly(GET("/api/v1/public/surveys/" + relinked.token())).status());

        assertEquals(
                204,
                send(
                                manager,
                                DELETE("/api/v1/survey-invitations/"
                                        + link.invitation().id()))
                        .status());
        assertProblem(publicly(GET("/api/v1/public/surveys/" + relinked.token())), 409, "SURVEY_CANCELLED");

        InvitationLink second = read(
                send(
                        manager,
                        POST(
                                "/api/v1/clients/" + client + "/surveys",
                                new InvitationWrite(afterComplaint.id(), null, "en", true))),
                InvitationLink.class);
        execute("UPDATE " + schemaOf(slug) + ".survey_invitation SET expires_at = NOW(3) - INTERVAL 1 SECOND"
                + " WHERE id = '" + second.invitation().id() + "'");
        assertProblem(answer(second.token(), SurveyFixtures.afterComplaint(4, List.of(), "")), 410, "SURVEY_EXPIRED");
        assertEquals(
                InvitationStatus.EXPIRED,
                surveys(client).invitations().stream()
                        .filter(i -> i.id().equals(second.invitation().id()))
                        .findFirst()
                        .orElseThrow()
                        .status());
    }

    @Test
    void an_address_that_calls_the_public_form_too_often_is_told_to_wait() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            statuses.add(publicly(GET("/api/v1/public/surveys/nobody.x")).status());
        }
        assertTrue(statuses.contains(429), statuses.toString());
        assertTrue(statuses.stream().filter(s -> s == 404).count() <= 120, statuses.toString());
        Reply limited = publicly(GET("/api/v1/public/surveys/nobody.x"));
        if (limited.status() == 429) {
            assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
            assertTrue(limited.body().contains("too-many-requests"), limited.body());
        }
    }

    private static void assertProblem(Reply r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.body().contains("\"" + code.toLowerCase().replace('_', '-') + "\""), r.body());
    }

    private SurveyAnswers nps(int score) {
        return new SurveyAnswers(
                List.of(new app.rapport.api.survey.Answer("recommend", score, null, null, null, null)), false);
    }

    private InstrumentWrite template(InstrumentTemplate t) {
        return read(send(admin, GET("/api/v1/survey-templates/" + t)), InstrumentWrite.class);
    }

    private InstrumentView add(InstrumentWrite write) {
        Reply r = send(admin, POST("/api/v1/survey-instruments", write));
        assertEquals(201, r.status(), r.body());
        return read(r, InstrumentView.class);
    }

    private MutableHttpRequest<?> put(String id, InstrumentWrite write, String ifMatch) {
        return PUT("/api/v1/survey-instruments/" + id, write).header("If-Match", ifMatch);
    }

    private InvitationLink invite(String instrumentId, String language) {
        Reply r = send(
                manager,
                POST("/api/v1/clients/" + client + "/surveys", SurveyFixtures.invitation(instrumentId, language)));
        assertEquals(201, r.status(), r.body());
        return read(r, InvitationLink.class);
    }

    private ClientSurveys surveys(String clientId) {
        return read(send(manager, GET("/api/v1/clients/" + clientId + "/surveys")), ClientSurveys.class);
    }

    private SurveyForm form(String token, String lang) {
        Reply r = publicly(GET("/api/v1/public/surveys/" + token + (lang == null ? "" : "?lang=" + lang)));
        assertEquals(200, r.status(), r.body());
        return read(r, SurveyForm.class);
    }

    private Reply answer(String token, SurveyAnswers answers) {
        return publicly(POST("/api/v1/public/surveys/" + token, answers));
    }

    private Reply publicly(MutableHttpRequest<?> request) {
        return send(null, request.header("X-Forwarded-For", address));
    }
}
