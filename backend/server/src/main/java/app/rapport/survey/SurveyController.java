package app.rapport.survey;

import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.IndexGrouping;
import app.rapport.api.survey.IndexPeriod;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.InstrumentWrite;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationView;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.OptOutWrite;
import app.rapport.api.survey.RecordedAnswers;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.survey.RuleView;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.api.survey.SurveyOperations;
import app.rapport.api.survey.SurveyResults;
import app.rapport.api.survey.SurveySettings;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Surveys: admins compose instruments and set how the tenant asks; admins and account managers read them, invite
 * clients, and read the answers. Service staff do neither.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
@Tag(name = "surveys")
@SecurityRequirement(name = "bearer")
class SurveyController implements SurveyOperations {
    private final Instruments instruments;
    private final ComposeInstrument compose;
    private final SettingsStore settings;
    private final InviteClient invite;
    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final SurveyViews views;
    private final SurveyRules rules;
    private final SurveyFigures figures;
    private final SatisfactionIndexFigures index;
    private final RecordAnswers record;

    SurveyController(
            Instruments instruments,
            ComposeInstrument compose,
            SettingsStore settings,
            InviteClient invite,
            InvitationStore invitations,
            ResponseStore responses,
            SurveyViews views,
            SurveyRules rules,
            SurveyFigures figures,
            SatisfactionIndexFigures index,
            RecordAnswers record) {
        this.record = record;
        this.rules = rules;
        this.figures = figures;
        this.index = index;
        this.instruments = instruments;
        this.compose = compose;
        this.settings = settings;
        this.invite = invite;
        this.invitations = invitations;
        this.responses = responses;
        this.views = views;
    }

    @Operation(summary = "The instruments by name at their current versions (archived: only the archived ones)")
    @Override
    public List<InstrumentView> instruments(@Nullable Boolean archived) {
        return instruments.list(Boolean.TRUE.equals(archived));
    }

    @Operation(summary = "One instrument at its current version; the ETag is the version")
    @Override
    public HttpResponse<InstrumentView> instrument(String id) {
        return tagged(instruments.view(id, null).orElseThrow(() -> ProblemException.notFound("instrument")));
    }

    @Operation(summary = "One instrument as it was at a version (answers name the version they were given to)")
    @Override
    public InstrumentView instrumentVersion(String id, int version) {
        return instruments.view(id, version).orElseThrow(() -> ProblemException.notFound("instrument version"));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Compose an instrument: version 1")
    @Override
    public HttpResponse<InstrumentView> addInstrument(@Valid InstrumentWrite instrument) {
        InstrumentView view = compose.add(instrument);
        return HttpResponse.created(view, URI.create("/api/v1/survey-instruments/" + view.id()))
                .header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Save the next version over the one read (If-Match); answers keep theirs")
    @Override
    public HttpResponse<InstrumentView> changeInstrument(
            String id, @Nullable String ifMatch, @Valid InstrumentWrite instrument) {
        return tagged(compose.change(id, ETags.required(ifMatch, "instrument"), instrument));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Archive an instrument: its answers stay, it takes no new invitations")
    @Override
    public HttpResponse<Void> archiveInstrument(String id) {
        compose.archive(id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "A shipped instrument to start from, in English, 简体 and 繁體")
    @Override
    public InstrumentWrite template(InstrumentTemplate template) {
        return ShippedInstruments.of(template);
    }

    @Operation(summary = "The survey rules: which event invites a client to which instrument, how many hours later")
    @Override
    public List<RuleView> surveyRules() {
        return rules.list();
    }

    @Operation(summary = "One survey rule; the ETag is its version")
    @Override
    public HttpResponse<RuleView> surveyRule(String id) {
        RuleView view = rules.view(id).orElseThrow(() -> ProblemException.notFound("survey rule"));
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Add a survey rule: version 1")
    @Override
    public HttpResponse<RuleView> addSurveyRule(@Valid RuleWrite rule) {
        RuleView view = rules.add(rule);
        return HttpResponse.created(view, URI.create("/api/v1/survey-rules/" + view.id()))
                .header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change a survey rule over the version read (If-Match); what it scheduled stays")
    @Override
    public HttpResponse<RuleView> changeSurveyRule(String id, @Nullable String ifMatch, @Valid RuleWrite rule) {
        RuleView view = rules.change(id, ETags.required(ifMatch, "survey rule"), rule);
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a survey rule; what it scheduled stays scheduled")
    @Override
    public HttpResponse<Void> removeSurveyRule(String id) {
        rules.remove(id);
        return HttpResponse.noContent();
    }

    @Operation(
            summary = "An instrument's figures over the tenant's calendar days from–to (default: the last 12 months):"
                    + " response rate, CSAT, NPS, effort, SERVQUAL gaps, the monthly trend and the reasons given")
    @Override
    public SurveyResults surveyResults(String instrument, @Nullable LocalDate from, @Nullable LocalDate to) {
        return figures.of(instrument, from, to);
    }

    @Operation(
            summary = "The satisfaction index: the mean CSAT answer per product, service or tier and per month,"
                    + " quarter or year of the tenant's calendar from–to, each with n and a 95 % interval")
    @Override
    public SatisfactionIndex satisfactionIndex(
            IndexGrouping by, IndexPeriod period, @Nullable LocalDate from, @Nullable LocalDate to) {
        return index.of(by, period, from, to);
    }

    @Operation(summary = "How the tenant asks: suppression window, link expiry, follow-up days")
    @Override
    public HttpResponse<SurveySettings> surveySettings() {
        SurveySettings s = settings.current();
        return HttpResponse.ok(s).header(HttpHeaders.ETAG, ETags.of(s.version()));
    }

    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Change how the tenant asks; If-Match as read (0 for the defaults)")
    @Override
    public HttpResponse<SurveySettings> changeSurveySettings(@Nullable String ifMatch, @Valid SurveySettings write) {
        SurveySettings s = settings.change(ETags.required(ifMatch, "survey settings"), write);
        return HttpResponse.ok(s).header(HttpHeaders.ETAG, ETags.of(s.version()));
    }

    @Operation(summary = "A client's invitations and answers, opt-out and suppression window")
    @Override
    public ClientSurveys clientSurveys(String clientId) {
        return invite.of(clientId);
    }

    @Operation(summary = "Invite a client: the answer is the link's token, shown this once")
    @Override
    public HttpResponse<InvitationLink> invite(String clientId, @Valid InvitationWrite invitation) {
        InvitationLink link = invite.invite(clientId, invitation);
        return HttpResponse.created(
                link,
                URI.create("/api/v1/survey-invitations/" + link.invitation().id()));
    }

    @Operation(
            summary = "Record answers the client gave by phone, on paper or in person, with the day they were given:"
                    + " to an open invitation of theirs, or standing alone")
    @Override
    public HttpResponse<ResponseView> recordAnswers(String clientId, @Valid RecordedAnswers answers) {
        ResponseView recorded = record.record(clientId, answers);
        return HttpResponse.created(
                recorded,
                URI.create("/api/v1/survey-invitations/" + recorded.invitation().id() + "/response"));
    }

    @Operation(summary = "Leave the client out of surveys, or ask them again")
    @Override
    public ClientSurveys optOut(String clientId, @Valid OptOutWrite optOut) {
        return invite.optOut(clientId, optOut.optedOut());
    }

    @Operation(summary = "One invitation: where it stands, and its answer's figures")
    @Override
    public InvitationView invitation(String id) {
        return views.of(invitations.byId(id).orElseThrow(() -> ProblemException.notFound("invitation")));
    }

    @Operation(summary = "A new link for an open invitation; the old one stops working")
    @Override
    public InvitationLink newLink(String id) {
        return invite.newLink(id);
    }

    @Operation(summary = "Cancel an open invitation")
    @Override
    public HttpResponse<Void> cancelInvitation(String id) {
        invite.cancel(id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "An answered invitation in full: the questions asked and every answer as given")
    @Override
    public ResponseView response(String id) {
        Invitation invitation = invitations.byId(id).orElseThrow(() -> ProblemException.notFound("invitation"));
        if (invitation.status() != InvitationStatus.ANSWERED) {
            throw ProblemException.notFound("response");
        }
        Response r = responses.of(id).orElseThrow(() -> ProblemException.notFound("response"));
        return views.response(invitation, r);
    }

    private static HttpResponse<InstrumentView> tagged(InstrumentView view) {
        return HttpResponse.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
