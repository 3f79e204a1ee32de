package app.rapport.survey;

import app.rapport.api.client.ClientView;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.SurveySettings;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.UUID;

/**
 * Every role against the survey routes: admins compose instruments and set how the tenant asks; admins and account
 * managers read them, invite, and read answers; staff do none of it. The public form answers whoever holds the link,
 * with or without a login. Each request is built on rows of its own (a fresh instrument, client and invitation).
 */
class SurveyRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /survey-instruments", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-instruments/{id}", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-instruments/{id}/versions/{version}", 401, 403, 200, 200, 403),
            new Endpoint("POST /survey-instruments", 401, 403, 201, 403, 403),
            new Endpoint("PUT /survey-instruments/{id}", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /survey-instruments/{id}", 401, 403, 204, 403, 403),
            new Endpoint("GET /survey-templates/{template}", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-rules", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-rules/{id}", 401, 403, 200, 200, 403),
            new Endpoint("POST /survey-rules", 401, 403, 201, 403, 403),
            new Endpoint("PUT /survey-rules/{id}", 401, 403, 200, 403, 403),
            new Endpoint("DELETE /survey-rules/{id}", 401, 403, 204, 403, 403),
            new Endpoint("GET /survey-results", 401, 403, 200, 200, 403),
            new Endpoint("GET /satisfaction-index", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-settings", 401, 403, 200, 200, 403),
            new Endpoint("PUT /survey-settings", 401, 403, 412, 403, 403),
            new Endpoint("GET /clients/{clientId}/surveys", 401, 403, 200, 200, 403),
            new Endpoint("POST /clients/{clientId}/surveys", 401, 403, 201, 201, 403),
            new Endpoint("POST /clients/{clientId}/surveys/answers", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{clientId}/surveys/opt-out", 401, 403, 200, 200, 403),
            new Endpoint("GET /survey-invitations/{id}", 401, 403, 200, 200, 403),
            new Endpoint("POST /survey-invitations/{id}/link", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /survey-invitations/{id}", 401, 403, 204, 204, 403),
            new Endpoint("GET /survey-invitations/{id}/response", 401, 403, 200, 200, 403),
            new Endpoint("GET /public/surveys/{token}", 200, 200, 200, 200, 200),
            new Endpoint("POST /public/surveys/{token}", 204, 204, 204, 204, 204));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String path) {
        InstrumentView instrument = made("/survey-instruments", instrumentWrite(), InstrumentView.class);
        String client = made("/clients", Fixtures.person("Surveyed " + UUID.randomUUID()), ClientView.class)
                .id();
        boolean invitationPath = path.startsWith("/survey-invitations") || path.startsWith("/public");
        InvitationLink link = invitationPath
                ? made(
                        "/clients/" + client + "/surveys",
                        new InvitationWrite(instrument.id(), null, "en", true),
                        InvitationLink.class)
                : null;
        String rule = path.startsWith("/survey-rules/")
                ? made("/survey-rules", ruleWrite(instrument.id()), app.rapport.api.survey.RuleView.class)
                        .id()
                : null;
        if (path.endsWith("/response")) {
            send(
                    null,
                    HttpRequest.POST("/api/v1/public/surveys/" + link.token(), answers())
                            .header("X-Forwarded-For", address()));
        }
        String p = "/api/v1"
                + path.replace("{template}", InstrumentTemplate.RELATIONSHIP.name())
                        .replace("{version}", "1")
                        .replace("{clientId}", client)
                        .replace("{token}", link == null ? "" : link.token())
                        .replace("{id}", link != null ? link.invitation().id() : rule != null ? rule : instrument.id());
        if (path.equals("/survey-results")) {
            p += "?instrument=" + instrument.id();
        }
        if (path.equals("/satisfaction-index")) {
            p += "?by=PRODUCT&period=QUARTER";
        }
        MutableHttpRequest<Object> r = HttpRequest.create(method, p);
        if (path.startsWith("/public")) {
            r.header("X-Forwarded-For", address());
            if (method == HttpMethod.POST) {
                r.body(answers());
            }
        } else if (path.equals("/survey-instruments") && method == HttpMethod.POST) {
            r.body(instrumentWrite());
        } else if (path.equals("/survey-instruments/{id}") && method == HttpMethod.PUT) {
            r.body(instrumentWrite()).header("If-Match", "\"1\"");
        } else if (path.equals("/survey-rules") && method == HttpMethod.POST) {
            r.body(ruleWrite(instrument.id()));
        } else if (path.equals("/survey-rules/{id}") && method == HttpMethod.PUT) {
            r.body(ruleWrite(instrument.id())).header("If-Match", "\"1\"");
        } else if (path.equals("/survey-settings") && method == HttpMethod.PUT) {
            r.body(new SurveySettings(7, 14, 2, 0)).header("If-Match", "\"999\"");
        } else if (path.equals("/clients/{clientId}/surveys") && method == HttpMethod.POST) {
            r.body(new InvitationWrite(instrument.id(), null, "en", true));
        } else if (path.endsWith("/surveys/answers")) {
            r.body(new app.rapport.api.survey.RecordedAnswers(
                    instrument.id(),
                    null,
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
                    app.rapport.api.survey.SurveyChannel.PHONE,
                    "en",
                    null,
                    null,
                    answers().answers(),
                    false));
        } else if (path.endsWith("/opt-out")) {
            r.body(new OptOutWrite(false));
        } else if (path.endsWith("/link")) {
            r.body("");
        }
        return r;
    }

    private static app.rapport.api.survey.RuleWrite ruleWrite(String instrumentId) {
        return new app.rapport.api.survey.RuleWrite(
                app.rapport.api.survey.SurveyTrigger.COMPLAINT_CLOSED, instrumentId, null, null, null, null, 24, true);
    }

    private static String address() {
        return "matrix-" + UUID.randomUUID();
    }

    private static InstrumentWrite instrumentWrite() {
        InstrumentWrite t = ShippedInstruments.of(InstrumentTemplate.RELATIONSHIP);
        return new InstrumentWrite("Matrix " + System.nanoTime(), t.nameTranslations(), t.questions(), null);
    }

    private static app.rapport.api.survey.SurveyAnswers answers() {
        return new app.rapport.api.survey.SurveyAnswers(
                List.of(new app.rapport.api.survey.Answer("recommend", 9, null, null, null, null)), false);
    }
}
