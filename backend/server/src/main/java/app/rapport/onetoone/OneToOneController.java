package app.rapport.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.common.FieldCode;
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
import app.rapport.api.onetoone.OneToOneOperations;
import app.rapport.platform.security.Roles;
import app.rapport.platform.web.Items;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
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
import java.util.Arrays;
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
class OneToOneController implements OneToOneOperations {
    private static final String BASE = "/clients/{clientId}";

    private final Profile profile;
    private final Dialogue dialogue;
    private final Offers offers;

    OneToOneController(Profile profile, Dialogue dialogue, Offers offers) {
        this.profile = profile;
        this.dialogue = dialogue;
        this.offers = offers;
    }

    @Operation(summary = "Identify: the client's profile facts by category")
    @Override
    public List<FactView> facts(String clientId) {
        return profile.facts(clientId);
    }

    @Operation(summary = "One fact of the client's profile")
    @Override
    public FactView fact(String clientId, String id) {
        return Items.one(profile.facts(clientId), FactView::id, id, "fact");
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<FactView> addFact(String clientId, @Valid FactWrite fact) {
        FactView view = profile.addFact(clientId, fact);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/facts/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<FactView> changeFact(String clientId, String id, @Valid FactWrite fact) {
        return HttpResponse.ok(profile.changeFact(clientId, id, fact));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<Void> removeFact(String clientId, String id) {
        profile.removeFact(clientId, id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Differentiate: the client's stated and observed needs, newest first")
    @Override
    public List<NeedView> needs(String clientId) {
        return profile.needs(clientId);
    }

    @Operation(summary = "One need of the client")
    @Override
    public NeedView need(String clientId, String id) {
        return Items.one(profile.needs(clientId), NeedView::id, id, "need");
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<NeedView> addNeed(String clientId, @Valid NeedWrite need) {
        NeedView view = profile.addNeed(clientId, need);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/needs/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<NeedView> changeNeed(String clientId, String id, @Valid NeedWrite need) {
        return HttpResponse.ok(profile.changeNeed(clientId, id, need));
    }

    @Operation(summary = "Interact: the dialogue, newest first; filter by channel, direction (INBOUND/OUTBOUND), text")
    @Override
    public List<InteractionView> interactions(
            String clientId, @Nullable String channel, @Nullable String direction, @Nullable String q) {
        return dialogue.of(
                clientId, parse(Channel.class, "channel", channel), parse(Direction.class, "direction", direction), q);
    }

    @Override
    public HttpResponse<InteractionView> addInteraction(String clientId, @Valid InteractionWrite interaction) {
        InteractionView view = dialogue.record(clientId, interaction);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/interactions/" + view.id()));
    }

    @Operation(summary = "Customise: tailored offers and the client's answers, newest first")
    @Override
    public List<OfferView> offers(String clientId) {
        return offers.of(clientId);
    }

    @Operation(summary = "One offer made to the client, with its answer")
    @Override
    public OfferView offer(String clientId, String id) {
        return Items.one(offers.of(clientId), OfferView::id, id, "offer");
    }

    @Operation(summary = "One interaction of the client's dialogue")
    @Override
    public InteractionView interaction(String clientId, String id) {
        return Items.one(dialogue.of(clientId, null, null, null), InteractionView::id, id, "interaction");
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Override
    public HttpResponse<OfferView> propose(String clientId, @Valid OfferWrite offer) {
        OfferView view = offers.propose(clientId, offer);
        return HttpResponse.created(view, URI.create("/api/v1/clients/" + clientId + "/offers/" + view.id()));
    }

    @Secured({Roles.TENANT_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(summary = "Record the client's answer (ACCEPTED or DECLINED); 409 once the offer is answered or expired")
    @Override
    public HttpResponse<OfferView> answer(String clientId, String id, @Valid OfferAnswer answer) {
        return HttpResponse.ok(offers.answer(clientId, id, answer));
    }

    @Operation(summary = "Acceptance rate per offer kind")
    @Override
    public List<OfferKindStats> acceptance() {
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
                    field,
                    FieldCode.ONE_OF,
                    "allowed",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
