package app.rapport.api.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Surveys under {@code /api/v1}: the tenant's instruments and how it asks, a client's invitations and answers. Every
 * call acts in the caller's tenant.
 *
 * <p>The contract: each route is declared here once; the server's controller implements it and the declarative
 * client extends it.
 */
public interface SurveyOperations {
    @Get("/survey-instruments")
    List<InstrumentView> instruments(@Nullable @QueryValue Boolean archived);

    @Get("/survey-instruments/{id}")
    HttpResponse<InstrumentView> instrument(@PathVariable String id);

    @Get("/survey-instruments/{id}/versions/{version}")
    InstrumentView instrumentVersion(@PathVariable String id, @PathVariable int version);

    @Post("/survey-instruments")
    HttpResponse<InstrumentView> addInstrument(@Body InstrumentWrite instrument);

    @Put("/survey-instruments/{id}")
    HttpResponse<InstrumentView> changeInstrument(
            @PathVariable String id, @Nullable @Header("If-Match") String ifMatch, @Body InstrumentWrite instrument);

    @Delete("/survey-instruments/{id}")
    HttpResponse<Void> archiveInstrument(@PathVariable String id);

    @Get("/survey-templates/{template}")
    InstrumentWrite template(@PathVariable InstrumentTemplate template);

    @Get("/survey-rules")
    List<RuleView> surveyRules();

    @Get("/survey-rules/{id}")
    HttpResponse<RuleView> surveyRule(@PathVariable String id);

    @Post("/survey-rules")
    HttpResponse<RuleView> addSurveyRule(@Body RuleWrite rule);

    @Put("/survey-rules/{id}")
    HttpResponse<RuleView> changeSurveyRule(
            @PathVariable String id, @Nullable @Header("If-Match") String ifMatch, @Body RuleWrite rule);

    @Delete("/survey-rules/{id}")
    HttpResponse<Void> removeSurveyRule(@PathVariable String id);

    @Get("/survey-results")
    SurveyResults surveyResults(
            @QueryValue String instrument, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to);

    @Get("/satisfaction-index")
    SatisfactionIndex satisfactionIndex(
            @QueryValue IndexGrouping by,
            @QueryValue IndexPeriod period,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to);

    @Get("/survey-settings")
    HttpResponse<SurveySettings> surveySettings();

    @Put("/survey-settings")
    HttpResponse<SurveySettings> changeSurveySettings(
            @Nullable @Header("If-Match") String ifMatch, @Body SurveySettings settings);

    @Get("/clients/{clientId}/surveys")
    ClientSurveys clientSurveys(@PathVariable String clientId);

    @Post("/clients/{clientId}/surveys")
    HttpResponse<InvitationLink> invite(@PathVariable String clientId, @Body InvitationWrite invitation);

    @Post("/clients/{clientId}/surveys/answers")
    HttpResponse<ResponseView> recordAnswers(@PathVariable String clientId, @Body RecordedAnswers answers);

    @Put("/clients/{clientId}/surveys/opt-out")
    ClientSurveys optOut(@PathVariable String clientId, @Body OptOutWrite optOut);

    @Get("/survey-invitations/{id}")
    InvitationView invitation(@PathVariable String id);

    @Post("/survey-invitations/{id}/link")
    InvitationLink newLink(@PathVariable String id);

    @Delete("/survey-invitations/{id}")
    HttpResponse<Void> cancelInvitation(@PathVariable String id);

    @Get("/survey-invitations/{id}/response")
    ResponseView response(@PathVariable String id);
}
