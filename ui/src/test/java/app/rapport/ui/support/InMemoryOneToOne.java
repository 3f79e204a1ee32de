package app.rapport.ui.support;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.onetoone.ReplenishmentItem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One-to-one records in memory, with the rules the views rely on: typed facts, closed offers refuse answers. */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(OneToOneApi.class)
public class InMemoryOneToOne implements OneToOneApi {
    private final InMemoryClients clients;

    InMemoryOneToOne(InMemoryClients clients) {
        this.clients = clients;
    }

    @Override
    public synchronized FactView fact(String clientId, String id) {
        return facts(clientId).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    @Override
    public synchronized NeedView need(String clientId, String id) {
        return needs(clientId).stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    @Override
    public synchronized InteractionView interaction(String clientId, String id) {
        return interactions(clientId, null, null, null).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    @Override
    public synchronized OfferView offer(String clientId, String id) {
        return offers(clientId).stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    public final List<FactView> facts = new ArrayList<>();
    public final List<NeedView> needs = new ArrayList<>();
    public final List<InteractionView> interactions = new ArrayList<>();
    public final List<OfferView> offers = new ArrayList<>();
    public final List<ConsumptionView> consumption = new ArrayList<>();
    public final List<ReplenishmentItem> replenishment = new ArrayList<>();
    public final List<String> erased = new ArrayList<>();
    public Integer lastWithinDays;

    @Override
    public synchronized List<FactView> facts(String clientId) {
        return List.copyOf(facts);
    }

    @Override
    public synchronized HttpResponse<FactView> addFact(String clientId, FactWrite w) {
        if (w.type() == FactType.NUMBER && !w.value().strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            return FakeProblems.badField("value", FieldCode.NOT_NUMBER);
        }
        FactView f = new FactView(
                UUID.randomUUID().toString(),
                w.category(),
                w.label(),
                w.type(),
                w.value().strip(),
                "someone",
                Instant.now());
        facts.add(f);
        return HttpResponse.created(f);
    }

    @Override
    public synchronized HttpResponse<FactView> changeFact(String clientId, String id, FactWrite fact) {
        return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", null);
    }

    @Override
    public synchronized HttpResponse<Void> removeFact(String clientId, String id) {
        facts.removeIf(f -> f.id().equals(id));
        return HttpResponse.noContent();
    }

    @Override
    public synchronized List<NeedView> needs(String clientId) {
        return List.copyOf(needs);
    }

    @Override
    public synchronized HttpResponse<NeedView> addNeed(String clientId, NeedWrite w) {
        NeedView n = new NeedView(
                UUID.randomUUID().toString(),
                w.origin(),
                w.description(),
                NeedStatus.OPEN,
                "someone",
                Instant.now(),
                Instant.now());
        needs.add(0, n);
        return HttpResponse.created(n);
    }

    @Override
    public synchronized HttpResponse<NeedView> changeNeed(String clientId, String id, NeedWrite w) {
        needs.replaceAll(n -> n.id().equals(id)
                ? new NeedView(
                        id, w.origin(), w.description(), w.status(), n.recordedBy(), n.recordedAt(), Instant.now())
                : n);
        return HttpResponse.ok(
                needs.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow());
    }

    @Override
    public synchronized List<InteractionView> interactions(
            String clientId, String channel, String direction, String q) {
        return interactions.stream()
                .filter(i -> channel == null || i.channel().name().equals(channel))
                .filter(i -> direction == null || i.direction().name().equals(direction))
                .toList();
    }

    @Override
    public synchronized HttpResponse<InteractionView> addInteraction(String clientId, InteractionWrite w) {
        if (w.summary() == null || w.summary().isBlank()) {
            return FakeProblems.badField("summary", FieldCode.NOT_BLANK);
        }
        InteractionView i = new InteractionView(
                UUID.randomUUID().toString(),
                w.direction(),
                w.channel(),
                Instant.now(),
                "someone",
                w.summary(),
                w.response(),
                "someone");
        interactions.add(0, i);
        return HttpResponse.created(i);
    }

    @Override
    public synchronized List<OfferView> offers(String clientId) {
        return List.copyOf(offers);
    }

    @Override
    public synchronized HttpResponse<OfferView> propose(String clientId, OfferWrite w) {
        OfferView o = new OfferView(
                UUID.randomUUID().toString(),
                w.kind(),
                w.what(),
                w.why(),
                w.validUntil(),
                OfferStatus.PROPOSED,
                null,
                "someone",
                Instant.now(),
                null);
        offers.add(0, o);
        return HttpResponse.created(o);
    }

    @Override
    public synchronized HttpResponse<OfferView> answer(String clientId, String id, OfferAnswer a) {
        OfferView o = offers.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (o.status() != OfferStatus.PROPOSED) {
            return FakeProblems.problem(HttpStatus.CONFLICT, "offer-closed", null);
        }
        OfferView answered = new OfferView(
                id,
                o.kind(),
                o.what(),
                o.why(),
                o.validUntil(),
                a.status(),
                a.response(),
                o.proposedBy(),
                o.proposedAt(),
                Instant.now());
        offers.replaceAll(x -> x.id().equals(id) ? answered : x);
        return HttpResponse.ok(answered);
    }

    @Override
    public synchronized List<OfferKindStats> acceptance() {
        return offers.stream()
                .map(OfferView::kind)
                .distinct()
                .map(k -> {
                    int n = (int)
                            offers.stream().filter(o -> o.kind().equals(k)).count();
                    int acc = (int) offers.stream()
                            .filter(o -> o.kind().equals(k) && o.status() == OfferStatus.ACCEPTED)
                            .count();
                    int dec = (int) offers.stream()
                            .filter(o -> o.kind().equals(k) && o.status() == OfferStatus.DECLINED)
                            .count();
                    return new OfferKindStats(
                            k,
                            n,
                            acc,
                            dec,
                            0,
                            n - acc - dec,
                            acc + dec == 0
                                    ? null
                                    : java.math.BigDecimal.valueOf(acc)
                                            .divide(
                                                    java.math.BigDecimal.valueOf(acc + dec),
                                                    3,
                                                    java.math.RoundingMode.HALF_UP));
                })
                .toList();
    }

    @Override
    public synchronized List<ConsumptionView> consumption(String clientId) {
        return List.copyOf(consumption);
    }

    @Override
    public synchronized HttpResponse<ConsumptionView> setRate(String clientId, String productId, RateWrite rate) {
        return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", null);
    }

    @Override
    public synchronized HttpResponse<ConsumptionView> clearRate(String clientId, String productId) {
        return FakeProblems.problem(HttpStatus.NOT_FOUND, "not-found", null);
    }

    @Override
    public synchronized app.rapport.api.common.PageView<ReplenishmentItem> replenishment(
            Integer withinDays, Integer page, Integer size) {
        lastWithinDays = withinDays;
        int horizon = withinDays == null ? 7 : withinDays;
        return FakePages.of(
                replenishment.stream().filter(r -> r.daysLeft() <= horizon).toList(), page, size);
    }

    @Override
    public synchronized HttpResponse<PersonalData> personalData(String clientId) {
        return HttpResponse.ok(new PersonalData(
                Instant.EPOCH,
                "fake",
                null,
                null,
                List.of(),
                List.copyOf(facts),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of()));
    }

    @Override
    public synchronized HttpResponse<String> personalDataText(String clientId, String lang, String acceptLanguage) {
        return HttpResponse.ok("Personal data held by Rapport about " + clientId + "\nFacts: " + facts.size());
    }

    @Override
    public synchronized HttpResponse<ClientView> erase(String clientId) {
        erased.add(clientId);
        clients.markErased(clientId);
        return HttpResponse.ok(null);
    }
}
