package app.rapport.onetoone;

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
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.OfferWrite;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.support.Fixtures;
import app.rapport.support.RoleMatrix.Endpoint;
import app.rapport.support.RoleMatrixTest;
import app.rapport.support.ValueFixtures;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every role against every endpoint of value data, tiers and one-to-one records. Everyone in the tenant reads;
 * admins and account managers keep records; staff add to the dialogue only; admins alone configure and classify
 * tiers and exercise personal-data rights. Each allowed write acts on fresh rows made by the tenant admin.
 */
class ValueRoleMatrixTest extends RoleMatrixTest {
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /products", 401, 403, 200, 200, 200),
            // one item of each list, where a new item's Location points: an id that names nothing answers 404
            new Endpoint("GET /products/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/purchases/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/facts/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/needs/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/interactions/{none}", 401, 403, 404, 404, 404),
            new Endpoint("GET /clients/{id}/offers/{none}", 401, 403, 404, 404, 404),
            new Endpoint("POST /products", 401, 403, 201, 201, 403),
            new Endpoint("PUT /products/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /products/{pid}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/purchases", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/purchases", 401, 403, 201, 201, 403),
            new Endpoint("DELETE /clients/{id}/purchases/{buy}", 401, 403, 204, 204, 403),
            new Endpoint("POST /purchase-imports/preview", 401, 403, 200, 200, 403),
            new Endpoint("POST /purchase-imports", 401, 403, 200, 200, 403),
            new Endpoint("GET /tiers", 401, 403, 200, 200, 200),
            new Endpoint("PUT /tiers", 401, 403, 200, 403, 403),
            new Endpoint("POST /tiers/classifications", 401, 403, 200, 403, 403),
            new Endpoint("GET /tiers/distribution", 401, 403, 200, 200, 200),
            new Endpoint("GET /tiers/ranking", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}/tier", 401, 403, 200, 200, 200),
            new Endpoint("PUT /clients/{id}/tier/pin", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{pinned}/tier/pin", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{id}/facts", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/facts", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/facts/{fact}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{id}/facts/{fact}", 401, 403, 204, 204, 403),
            new Endpoint("GET /clients/{id}/needs", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/needs", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/needs/{need}", 401, 403, 200, 200, 403),
            new Endpoint("GET /clients/{id}/interactions", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/interactions", 401, 403, 201, 201, 201),
            new Endpoint("GET /clients/{id}/offers", 401, 403, 200, 200, 200),
            new Endpoint("POST /clients/{id}/offers", 401, 403, 201, 201, 403),
            new Endpoint("PUT /clients/{id}/offers/{offer}/answer", 401, 403, 200, 200, 403),
            new Endpoint("GET /offers/acceptance", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}/consumption", 401, 403, 200, 200, 200),
            new Endpoint("PUT /clients/{id}/consumption/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("DELETE /clients/{rated}/consumption/{pid}", 401, 403, 200, 200, 403),
            new Endpoint("GET /replenishment", 401, 403, 200, 200, 200),
            new Endpoint("GET /clients/{id}/personal-data", 401, 403, 200, 403, 403),
            new Endpoint("GET /clients/{id}/personal-data.txt", 401, 403, 200, 403, 403),
            new Endpoint("POST /clients/{id}/erasure", 401, 403, 200, 403, 403));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    /** Builds the request, first making (as the tenant admin) whatever rows its path names. */
    @Override
    protected MutableHttpRequest<?> request(HttpMethod method, String endpointPath) {
        String path = endpointPath.replace("{none}", java.util.UUID.randomUUID().toString());
        ClientView client = made("/clients", Fixtures.person(Fixtures.unique("Matrix Household")), ClientView.class);
        ProductView product =
                made("/products", ValueFixtures.product(Fixtures.unique("Matrix Rice"), "kg", null), ProductView.class);
        String c = "/clients/" + client.id();
        path = path.replace("{pid}", product.id());
        if (path.contains("{buy}")) {
            PurchaseView p =
                    made(c + "/purchases", ValueFixtures.purchase(product.id(), 3, "5", "20", "4"), PurchaseView.class);
            path = path.replace("{buy}", p.id());
        }
        if (path.contains("{fact}")) {
            path = path.replace(
                    "{fact}", made(c + "/facts", fact(), FactView.class).id());
        }
        if (path.contains("{need}")) {
            path = path.replace(
                    "{need}", made(c + "/needs", need(), NeedView.class).id());
        }
        if (path.contains("{offer}")) {
            path = path.replace(
                    "{offer}", made(c + "/offers", offer(), OfferView.class).id());
        }
        TierSettingsView tiers = read(send("harbour.admin", HttpRequest.GET("/api/v1/tiers")), TierSettingsView.class);
        if (tiers.tiers().isEmpty() || path.startsWith("/tiers")) {
            send(
                    "harbour.admin",
                    HttpRequest.PUT("/api/v1/tiers", ValueFixtures.thresholds())
                            .header("If-Match", "\"" + tiers.version() + "\""));
            tiers = read(send("harbour.admin", HttpRequest.GET("/api/v1/tiers")), TierSettingsView.class);
        }
        TierPin pin = new TierPin(
                tiers.tiers().get(0).id(), "Matrix pin", LocalDate.now().plusDays(10));
        if (path.contains("{pinned}")) {
            send("harbour.admin", HttpRequest.PUT("/api/v1" + c + "/tier/pin", pin));
        }
        if (path.contains("{rated}")) {
            send(
                    "harbour.admin",
                    HttpRequest.PUT("/api/v1" + c + "/consumption/" + product.id(), new RateWrite(BigDecimal.ONE)));
        }
        path = "/api/v1"
                + path.replace("{id}", client.id())
                        .replace("{pinned}", client.id())
                        .replace("{rated}", client.id());
        Object body =
                switch (method.name()) {
                    case "POST", "PUT" -> body(path, product, client, pin, tiers);
                    default -> null;
                };
        MutableHttpRequest<Object> r = HttpRequest.create(method, path);
        if (body != null) {
            r.body(body);
        }
        if (path.endsWith("/tiers")) {
            r.header("If-Match", "\"" + tiers.version() + "\"");
        }
        return r;
    }

    private static Object body(
            String path, ProductView product, ClientView client, TierPin pin, TierSettingsView tiers) {
        if (path.endsWith("/products") || path.contains("/products/")) {
            return ValueFixtures.product(Fixtures.unique("Matrix Product"), "kg", "0.2");
        }
        if (path.endsWith("/purchases")) {
            return ValueFixtures.purchase(product.id(), 1, "2", "10", "2");
        }
        if (path.contains("/purchase-imports")) {
            return new PurchaseImport(
                    "date,client,product,quantity,amount,margin\n"
                            + LocalDate.now().minusDays(2) + "," + client.id() + "," + product.name() + ",1,5,1\n",
                    null);
        }
        if (path.endsWith("/tiers")) {
            return ValueFixtures.thresholds();
        }
        if (path.endsWith("/pin")) {
            return pin;
        }
        if (path.contains("/facts")) {
            return fact();
        }
        if (path.contains("/needs")) {
            return need();
        }
        if (path.endsWith("/interactions")) {
            return new InteractionWrite(Direction.INBOUND, Channel.PHONE, null, null, "Matrix call", null);
        }
        if (path.endsWith("/answer")) {
            return new OfferAnswer(OfferStatus.ACCEPTED, "ok");
        }
        if (path.endsWith("/offers")) {
            return offer();
        }
        if (path.contains("/consumption/")) {
            return new RateWrite(new BigDecimal("0.4"));
        }
        return "";
    }

    private static FactWrite fact() {
        return new FactWrite(FactCategory.PREFERENCE, "Variety", FactType.TEXT, "Jasmine");
    }

    private static NeedWrite need() {
        return new NeedWrite(NeedOrigin.STATED, "Delivery to the door", null);
    }

    private static OfferWrite offer() {
        return new OfferWrite(
                "Matrix", "Free delivery", "Lives far", LocalDate.now().plusDays(5));
    }
}
