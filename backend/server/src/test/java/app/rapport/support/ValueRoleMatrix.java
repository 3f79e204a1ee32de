package app.rapport.support;

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
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The requests of the value endpoints' role matrices (purchases, tiers, one-to-one records, personal data): each
 * makes, as the tenant admin, a fresh client and product and whatever else its path names.
 */
public abstract class ValueRoleMatrix extends RoleMatrixTest {

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
