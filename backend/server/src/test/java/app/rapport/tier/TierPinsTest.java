package app.rapport.tier;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.tier.ClientTierView;
import app.rapport.api.tier.TierChangeView;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierPin;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pins hold one client's tier and nothing else: everyone else is still ranked against all clients; a pin on a tier
 * that the settings no longer have ends; and every client's tier history is continuous (each entry starts where the
 * one before ended), whatever happened.
 */
class TierPinsTest extends ApiTest {

    /** A tenant of its own with clients whose trailing revenue is given, graded by cumulative share of revenue. */
    private final class Shop {
        final String admin;
        final Map<String, String> clients = new LinkedHashMap<>();

        Shop(int... revenues) {
            String slug = "pins-" + UUID.randomUUID().toString().substring(0, 6);
            ensureTenant(slug, "Pin Test", slug + ".admin@example.test");
            admin = keycloak.createUser(slug, "tenant-admin");
            ProductView p = read(
                    send(
                            admin,
                            POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Wine"), "bottle", null))),
                    ProductView.class);
            for (int i = 0; i < revenues.length; i++) {
                String name = "C" + i;
                String id = read(send(admin, POST("/api/v1/clients", Fixtures.person(name))), ClientView.class)
                        .id();
                clients.put(name, id);
                assertEquals(
                        201,
                        send(
                                        admin,
                                        POST(
                                                "/api/v1/clients/" + id + "/purchases",
                                                ValueFixtures.purchase(
                                                        p.id(), 10, "1", String.valueOf(revenues[i]), "1")))
                                .status());
            }
            settings(new TierSettingsWrite(
                    TierMethod.PARETO,
                    ValueMeasure.REVENUE,
                    7,
                    List.of(
                            ValueFixtures.tier("A", 1, null, "60", null),
                            ValueFixtures.tier("B", 2, null, "90", null),
                            ValueFixtures.tier("C", 3, null, "100", null))));
        }

        TierSettingsView settings(TierSettingsWrite write) {
            return configureTiers(admin, write);
        }

        void classify() {
            Reply r = send(admin, POST("/api/v1/tiers/classifications", ""));
            assertEquals(200, r.status(), r.body());
        }

        ClientTierView tier(String client) {
            return read(send(admin, GET("/api/v1/clients/" + clients.get(client) + "/tier")), ClientTierView.class);
        }

        String tierName(String client) {
            ClientTierView t = tier(client);
            return t.tier() == null ? null : t.tier().nameEn();
        }

        String tierId(String name) {
            return read(send(admin, GET("/api/v1/tiers")), TierSettingsView.class).tiers().stream()
                    .filter(t -> t.nameEn().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        void pin(String client, String tierName) {
            Reply r = send(
                    admin,
                    PUT(
                            "/api/v1/clients/" + clients.get(client) + "/tier/pin",
                            new TierPin(
                                    tierId(tierName),
                                    "Agreed with the owner",
                                    LocalDate.now().plusDays(60))));
            assertEquals(200, r.status(), r.body());
        }
    }

    @Test
    void pinning_one_client_moves_no_one_else() {
        Shop shop = new Shop(1000, 500, 300, 200);
        shop.classify();
        Map<String, String> before = new LinkedHashMap<>();
        shop.clients.keySet().forEach(c -> before.put(c, shop.tierName(c)));
        assertEquals("A", before.get("C0"));
        shop.pin("C0", "A");
        shop.classify();
        shop.clients.keySet().forEach(c -> assertEquals(before.get(c), shop.tierName(c), c));
        shop.pin("C0", "C");
        shop.classify();
        assertEquals("C", shop.tierName("C0"));
        shop.clients.keySet().stream()
                .filter(c -> !c.equals("C0"))
                .forEach(c -> assertEquals(before.get(c), shop.tierName(c), c));
    }

    @Test
    void a_pin_on_a_tier_the_settings_dropped_ends_and_the_next_run_grades_the_client() {
        Shop shop = new Shop(1000, 500, 300, 200);
        shop.classify();
        shop.pin("C3", "B");
        shop.settings(new TierSettingsWrite(
                TierMethod.PARETO,
                ValueMeasure.REVENUE,
                7,
                List.of(
                        ValueFixtures.tier("Gold", 1, null, "60", null),
                        ValueFixtures.tier("Silver", 2, null, "100", null))));
        ClientTierView dropped = shop.tier("C3");
        assertNull(dropped.tier());
        assertFalse(dropped.pinned());
        TierChangeView last = dropped.history().get(0);
        assertEquals("SETTINGS", last.method());
        assertNull(last.toTierId());
        assertNotNull(last.fromTierId());
        shop.classify();
        assertEquals("Silver", shop.tierName("C3"));
    }

    @Test
    void every_clients_history_is_continuous_through_runs_pins_and_new_settings() {
        Shop shop = new Shop(1000, 500, 300, 200, 100);
        shop.classify();
        shop.pin("C1", "C");
        shop.classify();
        assertEquals(
                200,
                send(shop.admin, DELETE("/api/v1/clients/" + shop.clients.get("C1") + "/tier/pin"))
                        .status());
        shop.settings(ValueFixtures.thresholds());
        shop.classify();
        for (String c : shop.clients.keySet()) {
            List<TierChangeView> oldestFirst = new ArrayList<>(shop.tier(c).history());
            java.util.Collections.reverse(oldestFirst);
            String previous = null;
            for (TierChangeView h : oldestFirst) {
                assertTrue(
                        Objects.equals(previous, h.fromTierId()),
                        c + ": " + h.method() + " starts at " + h.fromTierId() + " but the entry before ended at "
                                + previous);
                previous = h.toTierId();
            }
            assertEquals(
                    shop.tier(c).tier() == null ? null : shop.tier(c).tier().id(), previous, c);
        }
    }
}
