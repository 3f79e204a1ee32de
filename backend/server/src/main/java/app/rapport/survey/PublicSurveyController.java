package app.rapport.survey;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.survey.PublicSurveyOperations;
import app.rapport.api.survey.SurveyAnswers;
import app.rapport.api.survey.SurveyForm;
import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The public form: no login; the token names its tenant (checked against the catalog like a token's claim: active,
 * schema current) and is then looked up by its hash in that tenant alone. A tenant that is unknown, suspended or
 * migrating answers as an unknown link does. {@link app.rapport.platform.web.PublicRateLimit} guards both routes.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "public")
class PublicSurveyController implements PublicSurveyOperations {
    private final TenantCatalog catalog;
    private final AnswerSurvey surveys;

    PublicSurveyController(TenantCatalog catalog, AnswerSurvey surveys) {
        this.catalog = catalog;
        this.surveys = surveys;
    }

    @Operation(summary = "The survey form of an open invitation, in its language or ?lang= (en, zh-CN, zh-TW)")
    @Override
    public SurveyForm form(String token, @Nullable String lang, @Nullable String forwardedFor) {
        TenantCatalog.Serving tenant = tenant(token);
        return TenantScope.call(tenant.tenant(), () -> surveys.form(token, lang, tenant.displayName()));
    }

    @Operation(summary = "Answer the survey once; a second answer is refused")
    @Override
    public HttpResponse<Void> answer(String token, @Nullable String forwardedFor, @Valid SurveyAnswers answers) {
        TenantCatalog.Serving tenant = tenant(token);
        TenantScope.call(tenant.tenant(), () -> {
            surveys.answer(token, answers);
            return null;
        });
        return HttpResponse.noContent();
    }

    private TenantCatalog.Serving tenant(String token) {
        return Tokens.slugOf(token)
                .flatMap(catalog::serving)
                .orElseThrow(() -> new ProblemException(ProblemCode.SURVEY_UNKNOWN, "no survey has this link"));
    }
}
