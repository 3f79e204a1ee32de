package app.rapport.onetoone;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ProblemView;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.RateMethod;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.api.purchase.ProductView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The four steps of a one-to-one record, consumption forecasts and the personal-data rights, through the API. */
class OneToOneApiTest extends ApiTest {
    private ClientView client;
    private String base;

    @BeforeEach
    void aHousehold() {
        client = read(
                send("harbour.manager", POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Zhang Household")))),
                ClientView.class);
        base = "/api/v1/clients/" + client.id();
    }

    private ProductView riceBoughtEveryMonth() {
        ProductView rice = read(
                send(
                        "harbour.manager",
                        POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Rice"), "kg", null))),
                ProductView.class);
        for (int daysAgo : new int[] {87, 57, 27}) {
            assertEquals(
                    201,
                    send(
                                    "harbour.manager",
                                    POST(
                                            base + "/purchases",
                                            ValueFixtures.purchase(rice.id(), daysAgo, "10", "55", "12")))
                            .status());
        }
        return rice;
    }

    @Test
    void facts_are_typed_grouped_and_signed() {
        Reply bad = send(
                "harbour.manager",
                POST(
                        base + "/facts",
                        new FactWrite(FactCategory.HOUSEHOLD, "People at home", FactType.NUMBER, "four")));
        assertEquals(400, bad.status());
        assertEquals("value", read(bad, ProblemView.class).errors().get(0).field());
        send(
                "harbour.manager",
                POST(base + "/facts", new FactWrite(FactCategory.HOUSEHOLD, "People at home", FactType.NUMBER, "4")));
        send(
                "harbour.manager",
                POST(
                        base + "/facts",
                        new FactWrite(
                                FactCategory.IMPORTANT_DATE, "Wedding anniversary", FactType.DATE, "2019-05-20")));
        List<FactView> facts = read(send("harbour.staff", GET(base + "/facts")), Argument.listOf(FactView.class));
        assertEquals(
                List.of(FactCategory.HOUSEHOLD, FactCategory.IMPORTANT_DATE),
                facts.stream().map(FactView::category).toList());
        assertEquals("harbour.manager", facts.get(0).recordedBy());
    }

    @Test
    void a_need_moves_from_open_to_met() {
        NeedView need = read(
                send(
                        "harbour.manager",
                        POST(
                                base + "/needs",
                                new NeedWrite(NeedOrigin.OBSERVED, "Buys more rice before Spring Festival", null))),
                NeedView.class);
        assertEquals(NeedStatus.OPEN, need.status());
        NeedView met = read(
                send(
                        "harbour.manager",
                        PUT(
                                base + "/needs/" + need.id(),
                                new NeedWrite(NeedOrigin.OBSERVED, need.description(), NeedStatus.MET))),
                NeedView.class);
        assertEquals(NeedStatus.MET, met.status());
    }

    @Test
    void the_dialogue_is_newest_first_and_filterable_and_staff_may_add_to_it() {
        send(
                "harbour.manager",
                POST(
                        base + "/interactions",
                        new InteractionWrite(
                                Direction.OUTBOUND,
                                Channel.PHONE,
                                java.time.Instant.now().minusSeconds(3600),
                                null,
                                "Asked about the new harvest",
                                "Wants a sample")));
        Reply staff = send(
                "harbour.staff",
                POST(
                        base + "/interactions",
                        new InteractionWrite(
                                Direction.INBOUND,
                                Channel.COUNTER,
                                null,
                                null,
                                "Came by to complain about a torn bag",
                                null)));
        assertEquals(201, staff.status(), staff.body());
        List<InteractionView> all =
                read(send("harbour.staff", GET(base + "/interactions")), Argument.listOf(InteractionView.class));
        assertEquals(Direction.INBOUND, all.get(0).direction());
        List<InteractionView> phone = read(
                send("harbour.staff", GET(base + "/interactions?channel=phone")),
                Argument.listOf(InteractionView.class));
        assertEquals(1, phone.size());
        assertEquals(
                400,
                send("harbour.staff", GET(base + "/interactions?channel=pigeon"))
                        .status());
    }

    @Test
    void an_answered_offer_counts_towards_its_kinds_acceptance_and_cannot_be_answered_again() {
        String kind = Fixtures.unique("Early harvest");
        OfferView offer = read(
                send(
                        "harbour.manager",
                        POST(
                                base + "/offers",
                                new OfferWrite(
                                        kind,
                                        "5 kg new-harvest rice",
                                        "Asked about the new harvest",
                                        LocalDate.now().plusDays(14)))),
                OfferView.class);
        send(
                "harbour.manager",
                POST(
                        base + "/offers",
                        new OfferWrite(
                                kind,
                                "Delivery on Saturdays",
                                "Works weekdays",
                                LocalDate.now().plusDays(14))));
        OfferView accepted = read(
                send(
                        "harbour.manager",
                        PUT(
                                base + "/offers/" + offer.id() + "/answer",
                                new OfferAnswer(OfferStatus.ACCEPTED, "Yes please"))),
                OfferView.class);
        assertEquals(OfferStatus.ACCEPTED, accepted.status());
        assertEquals(
                409,
                send(
                                "harbour.manager",
                                PUT(
                                        base + "/offers/" + offer.id() + "/answer",
                                        new OfferAnswer(OfferStatus.DECLINED, null)))
                        .status());
        OfferKindStats stats =
                read(send("harbour.staff", GET("/api/v1/offers/acceptance")), Argument.listOf(OfferKindStats.class))
                        .stream()
                        .filter(s -> s.kind().equals(kind))
                        .findFirst()
                        .orElseThrow();
        assertEquals(2, stats.offers());
        assertEquals(1, stats.open());
        assertEquals(0, stats.acceptanceRate().compareTo(BigDecimal.ONE));
    }

    @Test
    void an_offer_past_its_last_day_is_expired() {
        OfferView offer = read(
                send(
                        "harbour.manager",
                        POST(base + "/offers", new OfferWrite("Gift", "Moon cakes", "Mid-autumn", LocalDate.now()))),
                OfferView.class);
        execute("UPDATE t_harbour_hotel.offer SET valid_until = '"
                + LocalDate.now().minusDays(1) + "' WHERE id = '" + offer.id() + "'");
        assertEquals(
                OfferStatus.EXPIRED,
                read(send("harbour.manager", GET(base + "/offers")), Argument.listOf(OfferView.class))
                        .get(0)
                        .status());
        assertEquals(
                409,
                send(
                                "harbour.manager",
                                PUT(
                                        base + "/offers/" + offer.id() + "/answer",
                                        new OfferAnswer(OfferStatus.ACCEPTED, null)))
                        .status());
    }

    @Test
    void monthly_rice_predicts_the_run_out_day_and_puts_the_household_on_the_replenishment_list() {
        ProductView rice = riceBoughtEveryMonth();
        ConsumptionView c = read(
                        send("harbour.staff", GET(base + "/consumption")), Argument.listOf(ConsumptionView.class))
                .get(0);
        assertEquals(RateMethod.LEARNED, c.method());
        assertEquals(LocalDate.now().plusDays(3), c.runOutOn());
        assertEquals(2, c.intervals().size());
        List<ReplenishmentItem> due =
                items(send("harbour.staff", GET("/api/v1/replenishment?withinDays=7")), ReplenishmentItem.class);
        assertTrue(due.stream()
                .anyMatch(
                        i -> i.clientId().equals(client.id()) && i.productId().equals(rice.id()) && i.daysLeft() == 3));
        List<ReplenishmentItem> tomorrow =
                items(send("harbour.staff", GET("/api/v1/replenishment?withinDays=1")), ReplenishmentItem.class);
        assertTrue(tomorrow.stream().noneMatch(i -> i.clientId().equals(client.id())));
    }

    @Test
    void a_rate_entered_by_hand_wins_until_it_is_cleared() {
        ProductView rice = riceBoughtEveryMonth();
        ConsumptionView manual = read(
                send("harbour.manager", PUT(base + "/consumption/" + rice.id(), new RateWrite(new BigDecimal("0.5")))),
                ConsumptionView.class);
        assertEquals(RateMethod.MANUAL, manual.method());
        assertEquals(LocalDate.now().minusDays(7), manual.runOutOn());
        ConsumptionView learned =
                read(send("harbour.manager", DELETE(base + "/consumption/" + rice.id())), ConsumptionView.class);
        assertEquals(RateMethod.LEARNED, learned.method());
        assertEquals(
                400,
                send("harbour.manager", PUT(base + "/consumption/" + rice.id(), new RateWrite(BigDecimal.ZERO)))
                        .status());
    }

    @Test
    void the_export_holds_everything_and_says_so_in_plain_text() {
        riceBoughtEveryMonth();
        send(
                "harbour.manager",
                POST(
                        base + "/facts",
                        new FactWrite(FactCategory.PREFERENCE, "Rice variety", FactType.TEXT, "Northeast japonica")));
        Reply json = send("harbour.admin", GET(base + "/personal-data"));
        assertEquals(200, json.status(), json.body());
        assertTrue(json.body().contains("Northeast japonica"));
        assertTrue(json.header("Content-Disposition").contains("attachment"));
        Reply text = send("harbour.admin", GET(base + "/personal-data.txt"));
        assertTrue(text.body().contains("Rice variety: Northeast japonica"), text.body());
        assertTrue(text.body().contains("Purchases (3)"));
    }

    @Test
    void erasing_a_person_anonymises_it_keeps_its_purchases_and_scrubs_the_audit_trail() {
        riceBoughtEveryMonth();
        send(
                "harbour.manager",
                POST(base + "/facts", new FactWrite(FactCategory.HABIT, "Shops on", FactType.TEXT, "Sunday mornings")));
        Reply r = send("harbour.admin", POST(base + "/erasure", ""));
        assertEquals(200, r.status(), r.body());
        ClientView erased = read(r, ClientView.class);
        assertEquals("#" + client.id().substring(0, 8), erased.name(), "a name that reads the same in every language");
        assertNotNull(erased.erasedAt());
        Reply again = send("harbour.admin", POST(base + "/erasure", ""));
        assertEquals(409, again.status(), again.body());
        assertEquals("already-erased", read(again, ProblemView.class).code());
        assertEquals(
                0,
                read(send("harbour.admin", GET(base + "/facts")), Argument.listOf(FactView.class))
                        .size());
        assertEquals(3, count("SELECT COUNT(*) FROM t_harbour_hotel.purchase WHERE client_id = '" + client.id() + "'"));
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM t_harbour_hotel.audit_record WHERE before_json LIKE '%" + client.name()
                        + "%' OR after_json LIKE '%" + client.name() + "%' OR after_json LIKE '%Sunday mornings%'"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM t_harbour_hotel.audit_record WHERE action = 'ERASE' AND entity_id = '"
                        + client.id() + "'"));
    }

    @Test
    void an_organisation_cannot_be_erased_as_a_person() {
        ClientView org = read(
                send("harbour.manager", POST("/api/v1/clients", Fixtures.organisation(Fixtures.unique("Erase Corp")))),
                ClientView.class);
        Reply r = send("harbour.admin", POST("/api/v1/clients/" + org.id() + "/erasure", ""));
        assertEquals(409, r.status());
        assertEquals("not-a-person", read(r, ProblemView.class).code());
    }
}
