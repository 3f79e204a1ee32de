package app.rapport.survey;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.InvitationLink;
import app.rapport.api.survey.InvitationStatus;
import app.rapport.api.survey.InvitationWrite;
import app.rapport.api.survey.SurveySettings;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.tenant.TenantCatalog;
import app.rapport.platform.tenant.TenantScope;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An account manager invites a client to answer an instrument, by hand: refused for an archived instrument, a client
 * who opted out, or one invited within the suppression window (unless the manager overrides it). The client's row is
 * locked for the check and the write, so two invitations at once cannot both slip through the window. The token is
 * answered once and stored as its hash; a new link replaces it, and an open invitation may be cancelled.
 */
@Singleton
class InviteClient {
    private final InvitationStore invitations;
    private final ResponseStore responses;
    private final Instruments instruments;
    private final SettingsStore settings;
    private final SurveyViews views;
    private final Clients clients;
    private final TenantCatalog catalog;
    private final app.rapport.care.SourcedCareActions sourced;
    private final app.rapport.purchase.Products products;
    private final app.rapport.blueprint.Services services;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    InviteClient(
            InvitationStore invitations,
            ResponseStore responses,
            Instruments instruments,
            SettingsStore settings,
            SurveyViews views,
            Clients clients,
            TenantCatalog catalog,
            app.rapport.care.SourcedCareActions sourced,
            app.rapport.purchase.Products products,
            app.rapport.blueprint.Services services,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.instruments = instruments;
        this.settings = settings;
        this.views = views;
        this.clients = clients;
        this.catalog = catalog;
        this.sourced = sourced;
        this.products = products;
        this.services = services;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    ClientSurveys of(String clientId) {
        clients.requireExists(clientId);
        Optional<Instant> optedOut = responses.optedOut(clientId);
        return new ClientSurveys(
                optedOut.isPresent(),
                optedOut.orElse(null),
                suppressedUntil(clientId, settings.current()).orElse(null),
                views.of(invitations.ofClient(clientId)));
    }

    @Transactional
    InvitationLink invite(String clientId, InvitationWrite write) {
        ClientView client = clients.find(clientId);
        invitations.lockClient(clientId);
        Instruments.Head instrument = instruments
                .forUpdate(write.instrumentId())
                .orElseThrow(() -> ProblemException.badField("instrumentId", FieldCode.INVALID));
        if (instrument.archived()) {
            throw new ProblemException(ProblemCode.INSTRUMENT_ARCHIVED, "the instrument is archived");
        }
        if (write.contactId() != null && client.contacts().stream().noneMatch(c -> c.id().equals(write.contactId()))) {
            throw ProblemException.badField("contactId", FieldCode.INVALID);
        }
        checkSubject(write.productId(), write.blueprintId());
        if (responses.optedOut(clientId).isPresent()) {
            throw new ProblemException(ProblemCode.SURVEY_OPTED_OUT, "the client asked not to be surveyed");
        }
        SurveySettings how = settings.current();
        Optional<Instant> until = suppressedUntil(clientId, how);
        if (until.isPresent() && !write.overrideSuppression()) {
            throw new ProblemException(
                    ProblemCode.SURVEY_SUPPRESSED,
                    "the client was invited recently; ask again after " + until.get(),
                    Map.of("until", until.get().toString()));
        }
        Instant now = Instant.now(clock);
        String slug = TenantScope.current().orElseThrow().slug();
        String language = languageOr(write.language());
        Invitation invitation = new Invitation(
                UUID.randomUUID().toString(),
                instrument.id(),
                instrument.currentVersion(),
                clientId,
                write.contactId(),
                language,
                InvitationStatus.OPEN,
                SurveyTrigger.MANUAL,
                null,
                now,
                actor.name(),
                now.plus(Duration.ofDays(how.expiryDays())),
                null,
                null,
                null,
                write.productId(),
                write.blueprintId());
        String token = Tokens.fresh(slug);
        invitations.insert(invitation, Tokens.hash(token));
        audit.record("CREATE", "survey_invitation", invitation.id(), null, invitation);
        return new InvitationLink(views.of(invitation), token);
    }

    @Transactional
    InvitationLink newLink(String id) {
        Invitation invitation = invitations.byId(id).orElseThrow(() -> ProblemException.notFound("invitation"));
        String token = Tokens.fresh(TenantScope.current().orElseThrow().slug());
        if (!invitations.relink(id, Tokens.hash(token), Instant.now(clock))) {
            throw notOpen(invitation);
        }
        audit.record("RELINK", "survey_invitation", id, null, null);
        // a rule's invitation asked its owner to send the link: made, that is done
        sourced.done(app.rapport.api.care.CareSource.SURVEY, id, null);
        return new InvitationLink(views.of(invitation), token);
    }

    @Transactional
    void cancel(String id) {
        Invitation invitation = invitations.byId(id).orElseThrow(() -> ProblemException.notFound("invitation"));
        if (!invitations.cancel(id, Instant.now(clock), actor.name())) {
            throw notOpen(invitation);
        }
        // nothing to send any more
        sourced.cancel(app.rapport.api.care.CareSource.SURVEY, id);
        audit.record(
                "CANCEL",
                "survey_invitation",
                id,
                invitation,
                invitations.byId(id).orElseThrow());
    }

    @Transactional
    ClientSurveys optOut(String clientId, boolean optedOut) {
        clients.requireExists(clientId);
        if (optedOut) {
            responses.optOut(clientId, Instant.now(clock), actor.name());
        } else {
            responses.optIn(clientId);
        }
        audit.record(optedOut ? "OPT_OUT" : "OPT_IN", "survey_opt_out", clientId, null, null);
        return of(clientId);
    }

    /** What a survey asks about, when named: a product of the catalog, a service's blueprint. */
    void checkSubject(@Nullable String productId, @Nullable String blueprintId) {
        if (productId != null && !products.exists(productId)) {
            throw ProblemException.badField("productId", FieldCode.INVALID);
        }
        if (blueprintId != null && !services.exists(blueprintId)) {
            throw ProblemException.badField("blueprintId", FieldCode.INVALID);
        }
    }

    /** The language asked for, or the tenant's. */
    String languageOr(@Nullable String language) {
        return language != null
                ? language
                : catalog.serving(TenantScope.current().orElseThrow().slug())
                        .map(TenantCatalog.Serving::defaultLocale)
                        .orElse("en");
    }

    private Optional<Instant> suppressedUntil(String clientId, SurveySettings how) {
        if (how.suppressionDays() == 0) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return invitations
                .lastInvited(clientId)
                .map(last -> last.plus(Duration.ofDays(how.suppressionDays())))
                .filter(now::isBefore);
    }

    /** Why an invitation can no longer be changed: answered, cancelled, or expired. */
    private ProblemException notOpen(Invitation before) {
        return notOpen(invitations.byId(before.id()).orElse(before).statusAt(Instant.now(clock)));
    }

    /** The problem of acting on an invitation that is {@code status}, not open. */
    static ProblemException notOpen(InvitationStatus status) {
        return switch (status) {
            case ANSWERED -> new ProblemException(ProblemCode.SURVEY_ANSWERED, "the survey was answered already");
            case CANCELLED -> new ProblemException(ProblemCode.SURVEY_CANCELLED, "the invitation was cancelled");
            case SCHEDULED -> new ProblemException(ProblemCode.SURVEY_SCHEDULED, "the invitation is not sent yet");
            default -> new ProblemException(ProblemCode.SURVEY_EXPIRED, "the invitation has expired");
        };
    }
}
