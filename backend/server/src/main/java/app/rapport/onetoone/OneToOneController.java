package app.rapport.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A client's one-to-one record. Everyone reads it; account managers (and admins) keep facts, needs and offers;
 * service staff add to the dialogue as well.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER, Roles.SERVICE_STAFF})
@Tag(name = "one-to-one")
@SecurityRequirement(name = "bearer")
class OneToOneController {
    private static final String BASE = "/clients/{clientId}";

    private final Profile profile;
    private final Dialogue dialogue;
    private final Offers offers;

    OneToOneController(Profile profile, Dialogue dialogue, Offers offers) {
        this.profile = profile;
        this.dialogue = dialogue;
        this.offers = offers;
    }

    @Get(BASE + "/facts")
    @Operation(summary = "Identify: the client's profile facts by category")
    List<FactView> facts(@PathVariable String clientId) {
        return profile.facts(clientId);
    }

    @Post(BASE + "/facts")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<FactView> addFact(@PathVariable String clientId, @Body @Valid FactWrite fact) {
        FactView view = profile.addFact(clientId, fact);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/facts/" + view.id()));
    }

    @Put(BASE + "/facts/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    FactView changeFact(@PathVariable String clientId, @PathVariable String id, @Body @Valid FactWrite fact) {
        return profile.changeFact(clientId, id, fact);
    }

    @Delete(BASE + "/facts/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<Void> removeFact(@PathVariable String clientId, @PathVariable String id) {
        profile.removeFact(clientId, id);
        return HttpResponse.noContent();
    }

    @Get(BASE + "/needs")
    @Operation(summary = "Differentiate: the client's stated and observed needs, newest first")
    List<NeedView> needs(@PathVariable String clientId) {
        return profile.needs(clientId);
    }

    @Post(BASE + "/needs")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<NeedView> addNeed(@PathVariable String clientId, @Body @Valid NeedWrite need) {
        NeedView view = profile.addNeed(clientId, need);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/needs/" + view.id()));
    }

    @Put(BASE + "/needs/{id}")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    NeedView changeNeed(@PathVariable String clientId, @PathVariable String id, @Body @Valid NeedWrite need) {
        return profile.changeNeed(clientId, id, need);
    }

    @Get(BASE + "/interactions")
    @Operation(summary = "Interact: the dialogue, newest first; filter by channel, direction (INBOUND/OUTBOUND), text")
    List<InteractionView> interactions(
            @PathVariable String clientId,
            @Nullable @QueryValue String channel,
            @Nullable @QueryValue String direction,
            @Nullable @QueryValue String q) {
        return dialogue.of(
                clientId, parse(Channel.class, "channel", channel), parse(Direction.class, "direction", direction), q);
    }

    @Post(BASE + "/interactions")
    HttpResponse<InteractionView> addInteraction(
            @PathVariable String clientId, @Body @Valid InteractionWrite interaction) {
        InteractionView view = dialogue.record(clientId, interaction);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/interactions/" + view.id()));
    }

    @Get(BASE + "/offers")
    @Operation(summary = "Customise: tailored offers and the client's answers, newest first")
    List<OfferView> offers(@PathVariable String clientId) {
        return offers.of(clientId);
    }

    @Post(BASE + "/offers")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    HttpResponse<OfferView> propose(@PathVariable String clientId, @Body @Valid OfferWrite offer) {
        OfferView view = offers.propose(clientId, offer);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/offers/" + view.id()));
    }

    @Put(BASE + "/offers/{id}/answer")
    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Record the client's answer (ACCEPTED or DECLINED); 409 once the offer is answered or expired")
    OfferView answer(@PathVariable String clientId, @PathVariable String id, @Body @Valid OfferAnswer answer) {
        return offers.answer(clientId, id, answer);
    }

    @Get("/offers/acceptance")
    @Operation(summary = "Acceptance rate per offer kind")
    List<OfferKindStats> acceptance() {
        return offers.acceptance();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(
                    field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
