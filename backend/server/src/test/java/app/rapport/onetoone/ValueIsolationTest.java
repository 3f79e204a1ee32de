package app.rapport.onetoone;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.Channel;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.InteractionWrite;
import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.NeedWrite;
import app.rapport.api.onetoone.OfferAnswer;
import app.rapport.api.onetoone.OfferKindStats;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.RankedClient;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Northwind can neither read nor change Harbour's value data, tiers or one-to-one records — not by guessing ids,
 * not through lists and rankings, and not by naming Harbour's client in an import.
 */
class ValueIsolationTest extends ApiTest {
    private ClientView harbours;
    private ProductView rice;
    private String base;
    private String factId;
    private String needId;
    private String offerId;
    private String purchaseId;
    private final String offerKind = Fixtures.unique("Isolated kind");

    @BeforeAll
    void harbourHasAFullRecord() {
        harbours = read(
                send(
                        "harbour.manager",
                        POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Isolated Household")))),
                ClientView.class);
        base = "/api/v1/clients/" + harbours.id();
        rice = read(
                send(
                        "harbour.manager",
                        POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Isolated Rice"), "kg", null))),
                ProductView.class);
        for (int daysAgo : new int[] {62, 32, 2}) {
            purchaseId = read(
                            send(
                                    "harbour.manager",
                                    POST(
                                            base + "/purchases",
                                            ValueFixtures.purchase(rice.id(), daysAgo, "10", "9000000", "9000000"))),
                            PurchaseView.class)
                    .id();
        }
        factId = read(
                        send(
                                "harbour.manager",
                                POST(
                                        base + "/facts",
                                        new FactWrite(FactCategory.HOUSEHOLD, "Size", FactType.NUMBER, "3"))),
                        FactView.class)
                .id();
        needId = read(
                        send(
                                "harbour.manager",
                                POST(base + "/needs", new NeedWrite(NeedOrigin.STATED, "Delivery", null))),
                        NeedView.class)
                .id();
        offerId = read(
                        send(
                                "harbour.manager",
                                POST(
                                        base + "/offers",
                                        new OfferWrite(
                                                offerKind,
                                                "Bag",
                                                "Why",
                                                LocalDate.now().plusDays(3)))),
                        OfferView.class)
                .id();
        send(
                "harbour.manager",
                POST(
                        base + "/interactions",
                        new InteractionWrite(Direction.INBOUND, Channel.PHONE, null, null, "Secret call", null)));
        TierSettingsView tiers = read(send("harbour.admin", GET("/api/v1/tiers")), TierSettingsView.class);
        if (tiers.tiers().isEmpty()) {
            send(
                    "harbour.admin",
                    PUT("/api/v1/tiers", ValueFixtures.thresholds()).header("If-Match", "\"" + tiers.version() + "\""));
        }
        send("harbour.admin", POST("/api/v1/tiers/classifications", ""));
    }

    @Test
    void every_route_under_the_client_is_not_found_for_the_other_tenant() {
        for (String path :
                List.of("/purchases", "/tier", "/facts", "/needs", "/interactions", "/offers", "/consumption")) {
            assertEquals(404, send("northwind.manager", GET(base + path)).status(), path);
        }
        assertEquals(404, send("northwind.admin", GET(base + "/personal-data")).status());
        assertEquals(
                404, send("northwind.admin", GET(base + "/personal-data.txt")).status());
    }

    @Test
    void writes_under_the_client_are_not_found_and_change_nothing() {
        String who = "northwind.manager";
        assertEquals(
                404,
                send(who, POST(base + "/purchases", ValueFixtures.purchase(rice.id(), 1, "1", "1", "1")))
                        .status());
        assertEquals(404, send(who, DELETE(base + "/purchases/" + purchaseId)).status());
        assertEquals(
                404,
                send(
                                who,
                                PUT(
                                        base + "/facts/" + factId,
                                        new FactWrite(FactCategory.HOUSEHOLD, "Size", FactType.NUMBER, "9")))
                        .status());
        assertEquals(404, send(who, DELETE(base + "/facts/" + factId)).status());
        assertEquals(
                404,
                send(who, PUT(base + "/needs/" + needId, new NeedWrite(NeedOrigin.STATED, "x", null)))
                        .status());
        assertEquals(
                404,
                send(who, PUT(base + "/offers/" + offerId + "/answer", new OfferAnswer(OfferStatus.DECLINED, null)))
                        .status());
        assertEquals(
                404,
                send(
                                who,
                                POST(
                                        base + "/interactions",
                                        new InteractionWrite(Direction.INBOUND, Channel.PHONE, null, null, "x", null)))
                        .status());
        assertEquals(
                404,
                send(who, PUT(base + "/consumption/" + rice.id(), new RateWrite(BigDecimal.ONE)))
                        .status());
        assertEquals(
                404,
                send(
                                who,
                                PUT(
                                        base + "/tier/pin",
                                        new TierPin(
                                                "x", "reason", LocalDate.now().plusDays(3))))
                        .status());
        assertEquals(404, send("northwind.admin", POST(base + "/erasure", "")).status());
        assertEquals(
                3, count("SELECT COUNT(*) FROM t_harbour_hotel.purchase WHERE client_id = '" + harbours.id() + "'"));
        assertEquals(
                "3",
                read(send("harbour.manager", GET(base + "/facts")), Argument.listOf(FactView.class))
                        .get(0)
                        .value());
        assertEquals(
                OfferStatus.PROPOSED,
                read(send("harbour.manager", GET(base + "/offers")), Argument.listOf(OfferView.class))
                        .get(0)
                        .status());
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM t_northwind_telecom.purchase WHERE client_id = '" + harbours.id() + "'"));
    }

    @Test
    void the_other_tenants_catalog_lists_and_rankings_do_not_show_it() {
        List<ProductView> products = items(send("northwind.manager", GET("/api/v1/products")), ProductView.class);
        assertTrue(products.stream().noneMatch(p -> p.id().equals(rice.id())));
        assertEquals(
                404,
                send(
                                "northwind.manager",
                                PUT("/api/v1/products/" + rice.id(), ValueFixtures.product("Stolen", "kg", null)))
                        .status());
        List<RankedClient> ranking = read(
                send("northwind.manager", GET("/api/v1/tiers/ranking?limit=200")), Argument.listOf(RankedClient.class));
        assertTrue(ranking.stream().noneMatch(r -> r.clientId().equals(harbours.id())));
        List<ReplenishmentItem> due =
                items(send("northwind.manager", GET("/api/v1/replenishment?withinDays=90")), ReplenishmentItem.class);
        assertTrue(due.stream().noneMatch(r -> r.clientId().equals(harbours.id())));
        List<OfferKindStats> offers = read(
                send("northwind.manager", GET("/api/v1/offers/acceptance")), Argument.listOf(OfferKindStats.class));
        assertTrue(offers.stream().noneMatch(o -> o.kind().equals(offerKind)));
        // harbour sees its own
        List<RankedClient> own = read(
                send("harbour.manager", GET("/api/v1/tiers/ranking?limit=200")), Argument.listOf(RankedClient.class));
        assertTrue(own.stream().anyMatch(r -> r.clientId().equals(harbours.id())));
    }

    @Test
    void an_import_naming_the_other_tenants_client_finds_no_such_client() {
        String file = "date,client,product,quantity,amount,margin\n"
                + LocalDate.now().minusDays(1) + "," + harbours.id() + "," + rice.name() + ",1,1,1\n";
        ImportPreview p = read(
                send("northwind.manager", POST("/api/v1/purchase-imports/preview", new PurchaseImport(file, null))),
                ImportPreview.class);
        assertTrue(p.errors().stream().anyMatch(e -> e.field().equals("client")));
        assertTrue(p.errors().stream().anyMatch(e -> e.field().equals("product")));
    }
}
