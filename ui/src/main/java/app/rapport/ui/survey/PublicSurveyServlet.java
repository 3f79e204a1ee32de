package app.rapport.ui.survey;

import app.rapport.api.survey.PublicSurveyApi;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyForm;
import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import io.micronaut.http.HttpResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The public survey form at {@code /survey/{token}}: plain HTML served without a login (no Vaadin, no script needed),
 * phone-first, in the invitation's language or the one the client picks. It asks the API with the client's address
 * (the API's rate limit counts it) and posts the answers once; a refusal is a friendly page, never a stack trace, and
 * a form the API refused comes back with every answer kept and the questions at fault marked.
 */
public final class PublicSurveyServlet extends HttpServlet {
    static final String PATH = "/survey/";
    static final String THANKS = "thanks";
    private static final String RETRY_AFTER = "Retry-After";

    /**
     * The token is in the address: no cache keeps the page, no other site learns the address, no search engine lists
     * it.
     */
    private static final Map<String, String> PRIVATE_PAGE =
            Map.of("Cache-Control", "no-store", "Referrer-Policy", "no-referrer", "X-Robots-Tag", "noindex, nofollow");

    private transient PublicSurveyApi api;

    private PublicSurveyApi api() {
        if (api == null) {
            api = Beans.context().getBean(PublicSurveyApi.class);
        }
        return api;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String lang = chosen(request.getParameter("lang"));
        if (THANKS.equals(token)) {
            Locale locale = locale(lang, request);
            send(
                    response,
                    200,
                    SurveyPage.message(
                            locale,
                            "form.thanks.title",
                            "1".equals(request.getParameter("optedOut"))
                                    ? "form.thanks.optedOut"
                                    : "form.thanks.text"));
            return;
        }
        if (token == null) {
            send(response, 404, SurveyPage.problem(locale(lang, request), "survey-unknown"));
            return;
        }
        try {
            SurveyForm form = call(() -> api().form(token, lang, request.getRemoteAddr()));
            send(response, 200, SurveyPage.form(form, token, Map.of(), List.of()));
        } catch (ApiProblem p) {
            refused(response, locale(lang, request), p);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = token(request);
        String lang = chosen(request.getParameter("lang"));
        if (token == null || THANKS.equals(token)) {
            send(response, 404, SurveyPage.problem(locale(lang, request), "survey-unknown"));
            return;
        }
        Map<String, String[]> posted = request.getParameterMap();
        SurveyForm form;
        try {
            form = call(() -> api().form(token, lang, request.getRemoteAddr()));
        } catch (ApiProblem p) {
            refused(response, locale(lang, request), p);
            return;
        }
        SurveyAnswers answers = FormAnswers.read(form.questions(), posted);
        try {
            call(() -> {
                HttpResponse<Void> r = api().answer(token, request.getRemoteAddr(), answers);
                if (r.code() >= 400) {
                    throw Api.problem(r, r.reason());
                }
                return r;
            });
        } catch (ApiProblem p) {
            if (p.status() == 400 && !p.fields().isEmpty()) {
                send(response, 400, SurveyPage.form(form, token, posted, p.fields()));
            } else {
                refused(response, locale(form.language(), request), p);
            }
            return;
        }
        // post, then redirect: a reload of the thank-you page sends nothing again
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
                "Location", PATH + THANKS + "?lang=" + form.language() + (answers.optOut() ? "&optedOut=1" : ""));
    }

    /** The API's refusal as a page: unknown, expired, answered, cancelled, too many requests or unavailable. */
    private static void refused(HttpServletResponse response, Locale locale, ApiProblem p) throws IOException {
        String code =
                switch (p.code()) {
                    case "survey-unknown",
                            "survey-expired",
                            "survey-answered",
                            "survey-cancelled",
                            "too-many-requests" -> p.code();
                    case "not-found" -> "survey-unknown";
                    default -> p.status() == 400 ? "invalid-input" : "api-unavailable";
                };
        if ("too-many-requests".equals(code) || "api-unavailable".equals(code)) {
            response.setHeader(RETRY_AFTER, "too-many-requests".equals(code) ? "60" : "30");
        }
        int status = p.status() >= 400 && p.status() < 600 ? p.status() : 503;
        send(response, status, SurveyPage.problem(locale, code));
    }

    private static <T> T call(Supplier<T> call) {
        return Api.anonymous(call);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        PRIVATE_PAGE.forEach(response::setHeader);
        response.getWriter().write(html);
    }

    /** The token in {@code /survey/{token}}, or nothing when the path holds none. */
    static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        String token = path.substring(1);
        return token.matches("[A-Za-z0-9_.-]{1,120}") ? token : null;
    }

    /** A language the client chose with the switch: en, zh-CN or zh-TW; anything else is no choice. */
    static String chosen(String lang) {
        return lang != null && List.of("en", "zh-CN", "zh-TW").contains(lang) ? lang : null;
    }

    /** The page's language: the one chosen, else the browser's (an unknown token has no invitation to say). */
    static Locale locale(String lang, HttpServletRequest request) {
        return MessagesI18NProvider.supported(lang == null ? request.getLocale() : Locale.forLanguageTag(lang));
    }
}
