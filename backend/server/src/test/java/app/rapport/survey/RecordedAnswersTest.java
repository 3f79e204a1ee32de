package app.rapport.survey;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.Assignment;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.common.FieldCode;
import app.rapport.api.complaint.ComplaintCause;
import app.rapport.api.survey.Answer;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.api.survey.SurveyChannel;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.support.PlaybookTenantTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Answers a client gave by phone, on paper or in person, recorded by an account manager with the day they were given:
 * standing alone or answering an open invitation; counted by that day; a low answer called back only while that can
 * still be on time; refused naming the field when the day or the answers do not fit, with nothing saved; and one
 * recording of an invitation however many are sent at once.
 */
class RecordedAnswersTest extends PlaybookTenantTest {
    private InstrumentView add(InstrumentTemplate t) {
        InstrumentWrite w = read(send(admin, GET("/api/v1/survey-templates/" + t)), InstrumentWrite.class);
        Reply r = send(admin, POST("/api/v1/survey-instruments", w));
        assertEquals(201, r.status(), r.body());
        return read(r, InstrumentView.class);
    }

    private static List<Answer> csat(int score, ComplaintCause... why) {
        return List.of(
                new Answer("satisfaction", score, null, why.length == 0 ? null : List.of(why), null, null),
                new Answer("effort", 4, null, null, null, null));
    }

    private Reply record(String client, RecordedAnswers write) {
        return send(manager, POST("/api/v1/clients/" + client + "/surveys/answers", write));
    }

    private static RecordedAnswers alone(String instrumentId, LocalDate on, SurveyChannel channel, List<Answer> a) {
        return new RecordedAnswers(instrumentId, null, on, channel, "zh-CN", null, null, a, false);
    }

    private ClientSurveys surveys(String client) {
        return read(send(manager, GET("/api/v1/clients/" + client + "/surveys")), ClientSurveys.class);
    }

    @Test
    void answers_given_on_paper_months_ago_count_by_that_day_and_call_no_one_back() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        String client = client("Paper " + UUID.randomUUID());
        LocalDate then = TODAY.minusDays(100);
        Reply r = record(client, alone(form.id(), then, SurveyChannel.PAPER, csat(2, ComplaintCause.PRODUCT_QUALITY)));
        assertEquals(201, r.status(), r.body());
        ResponseView recorded = read(r, ResponseView.class);
        InvitationView invitation = recorded.invitation();
        assertEquals(InvitationStatus.ANSWERED, invitation.status());
        assertEquals(SurveyTrigger.RECORDED, invitation.trigger());
        assertEquals("zh-CN", invitation.language());
        assertEquals(SurveyChannel.PAPER, invitation.result().channel());
        assertEquals(manager, invitation.result().recordedBy());
        assertTrue(invitation.result().low());
        assertEquals(
                List.of(ComplaintCause.PRODUCT_QUALITY), invitation.result().reasons());
        assertNull(invitation.result().followUpId(), "a call-back a hundred days late is no follow-up");
        // given on that day (noon in the tenant's zone), whatever the day it was typed in
        assertTrue(
                Duration.between(then.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), recorded.submittedAt())
                                .abs()
                                .toHours()
                        <= 26,
                recorded.submittedAt().toString());
        assertEquals(recorded.submittedAt(), invitation.answeredAt());
        assertEquals(csat(2, ComplaintCause.PRODUCT_QUALITY), recorded.answers());
        assertEquals(
                0,
                actions(client).stream()
                        .filter(a -> a.source() == CareSource.SURVEY)
                        .count());

        // the index counts it in the month it was given, not this one
        SatisfactionIndex index = read(
                send(
                        manager,
                        GET("/api/v1/satisfaction-index?by=ALL&period=MONTH&from=" + then.withDayOfMonth(1) + "&to="
                                + TODAY)),
                SatisfactionIndex.class);
        assertEquals(1, index.rows().getFirst().cells().getFirst().n());
        assertEquals(2.0, index.rows().getFirst().cells().getFirst().mean(), 1e-9);
        assertEquals(0, index.rows().getFirst().cells().getLast().n());

        // the manager reads it as any answer, and the client's export carries it
        Reply read = send(manager, GET("/api/v1/survey-invitations/" + invitation.id() + "/response"));
        assertEquals(200, read.status(), read.body());
        assertEquals(
                SurveyChannel.PAPER,
                read(read, ResponseView.class).invitation().result().channel());
    }

    @Test
    void a_detractor_on_the_phone_yesterday_is_called_back_within_the_follow_up_days_of_that_day() {
        InstrumentView relationship = add(InstrumentTemplate.RELATIONSHIP);
        String client = client("Phoned " + UUID.randomUUID());
        assertEquals(
                200,
                send(admin, PUT("/api/v1/clients/" + client + "/owner", new Assignment(manager)))
                        .status());
        Reply r = record(
                client,
                alone(
                        relationship.id(),
                        TODAY.minusDays(1),
                        SurveyChannel.PHONE,
                        List.of(new Answer("recommend", 3, null, null, null, null))));
        assertEquals(201, r.status(), r.body());
        var result = read(r, ResponseView.class).invitation().result();
        assertNotNull(result.followUpId());
        var callBack = actions(client).stream()
                .filter(a -> a.source() == CareSource.SURVEY)
                .findFirst()
                .orElseThrow();
        assertEquals(CareKind.SURVEY_FOLLOW_UP, callBack.kind());
        assertEquals("NPS:3", callBack.title());
        assertEquals(TODAY.minusDays(1).plusDays(2), callBack.dueOn(), "the follow-up days count from the call");
        assertEquals(result.followUpId(), callBack.id());
        // the client was surveyed: the suppression window counts from that call
        assertTrue(surveys(client).suppressedUntil() != null);
    }

    @Test
    void a_day_or_answers_that_do_not_fit_are_refused_naming_the_field_and_nothing_is_saved() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        String client = client("Refused " + UUID.randomUUID());
        assertField(
                record(client, alone(form.id(), TODAY.plusDays(2), SurveyChannel.PHONE, csat(4))),
                "answeredOn",
                FieldCode.IN_FUTURE);
        assertField(
                record(client, alone(form.id(), TODAY.minusYears(11), SurveyChannel.PAPER, csat(4))),
                "answeredOn",
                FieldCode.TOO_LONG_AGO);
        assertField(record(client, alone(form.id(), TODAY, SurveyChannel.FORM, csat(4))), "channel", FieldCode.INVALID);
        assertField(
                record(client, alone(null, TODAY, SurveyChannel.PHONE, csat(4))), "instrumentId", FieldCode.NOT_BLANK);
        assertField(
                record(client, alone(UUID.randomUUID().toString(), TODAY, SurveyChannel.PHONE, csat(4))),
                "instrumentId",
                FieldCode.INVALID);
        assertField(
                record(
                        client,
                        new RecordedAnswers(
                                form.id(),
                                null,
                                TODAY,
                                SurveyChannel.PHONE,
                                null,
                                UUID.randomUUID().toString(),
                                null,
                                csat(4),
                                false)),
                "productId",
                FieldCode.INVALID);
        Reply outOfScale = record(client, alone(form.id(), TODAY, SurveyChannel.PHONE, csat(9)));
        assertEquals(400, outOfScale.status(), outOfScale.body());
        assertTrue(outOfScale.body().contains("satisfaction"), outOfScale.body());
        Reply noDay = send(
                manager,
                POST(
                        "/api/v1/clients/" + client + "/surveys/answers",
                        Map.of("instrumentId", form.id(), "channel", "PHONE", "answers", List.of())));
        assertEquals(400, noDay.status(), noDay.body());
        assertTrue(noDay.body().contains("answeredOn"), noDay.body());
        assertEquals(List.of(), surveys(client).invitations(), "nothing refused was saved");
        Reply unknownClient =
                record(UUID.randomUUID().toString(), alone(form.id(), TODAY, SurveyChannel.PHONE, csat(4)));
        assertEquals(404, unknownClient.status(), unknownClient.body());
    }

    @Test
    void an_open_invitation_answered_by_phone_is_answered_once_and_its_link_then_says_so() {
        InstrumentView form = add(InstrumentTemplate.AFTER_COMPLAINT);
        String client = client("Invited " + UUID.randomUUID());
        Reply invited = send(
                manager,
                POST(
                        "/api/v1/clients/" + client + "/surveys",
                        new app.rapport.api.survey.InvitationWrite(form.id(), null, "en", true)));
        assertEquals(201, invited.status(), invited.body());
        InvitationLink link = read(invited, InvitationLink.class);
        String id = link.invitation().id();
        RecordedAnswers byPhone =
                new RecordedAnswers(null, id, TODAY, SurveyChannel.PHONE, null, null, null, csat(5), false);
        assertField(
                record(
                        client,
                        new RecordedAnswers(
                                null, id, TODAY.minusDays(3), SurveyChannel.PHONE, null, null, null, csat(5), false)),
                "answeredOn",
                FieldCode.BEFORE_INVITATION);
        String other = client("Someone else " + UUID.randomUUID());
        assertField(record(other, byPhone), "invitationId", FieldCode.INVALID);

        List<Reply> replies = parallel(4, () -> record(client, byPhone));
        assertEquals(Map.of(201, 1L, 409, 3L), statuses(replies), replies.toString());
        replies.stream()
                .filter(x -> x.status() == 409)
                .forEach(x -> assertTrue(x.body().contains("survey-answered"), x.body()));
        ClientSurveys after = surveys(client);
        assertEquals(1, after.invitations().size(), "the invitation answered, no second one");
        InvitationView answered = after.invitations().getFirst();
        assertEquals(InvitationStatus.ANSWERED, answered.status());
        assertEquals(SurveyTrigger.MANUAL, answered.trigger());
        assertEquals(SurveyChannel.PHONE, answered.result().channel());
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schemaOf(slug) + ".survey_response WHERE invitation_id = '" + id
                        + "'"));
        Reply throughLink = send(
                null,
                POST("/api/v1/public/surveys/" + link.token(), new app.rapport.api.survey.SurveyAnswers(csat(1), false))
                        .header("X-Forwarded-For", "recorded-" + UUID.randomUUID()));
        assertEquals(409, throughLink.status(), throughLink.body());
    }
}
