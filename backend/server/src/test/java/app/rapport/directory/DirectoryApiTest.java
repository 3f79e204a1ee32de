package app.rapport.directory;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareActionWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.common.PageView;
import app.rapport.api.directory.BulkCarePlan;
import app.rapport.api.directory.BulkHandover;
import app.rapport.api.directory.BulkResult;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.ClientTierView;
import app.rapport.support.PlaybookTenantTest;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client list through the API: the columns an account manager works with, every filter and order computed by the
 * database, service staff without revenue, saved views that are each member's own, and actions on a selection that
 * change all the selected clients or none.
 */
class DirectoryApiTest extends PlaybookTenantTest {
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Argument<PageView<DirectoryEntry>> PAGE =
            (Argument) Argument.of(PageView.class, DirectoryEntry.class);

    private PageView<DirectoryEntry> list(String user, String query) {
        Reply r = send(user, GET("/api/v1/directory" + query));
        assertEquals(200, r.status(), r.body());
        return read(r, PAGE);
    }

    private static List<String> names(PageView<DirectoryEntry> page) {
        return page.items().stream().map(DirectoryEntry::name).toList();
    }

    private DirectoryEntry entry(String user, String name) {
        return list(user, "?q=" + name.replace(" ", "%20")).items().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void each_client_comes_with_tier_stage_owner_revenue_and_last_contact_and_every_filter_is_the_databases() {
        String big = owned("Ardent Big Buyer");
        boughtDaysAgo(big, 10, 40, 70, 100, 130, 160, 190, 220, 250, 280, 310, 340, 400);
        assertEquals(
                201,
                send(
                                manager,
                                POST(
                                        "/api/v1/clients/" + big + "/purchases",
                                        ValueFixtures.purchase(rice.id(), 20, "600", "6000", "900")))
                        .status());
        send(staff, POST("/api/v1/touchpoints", touchpoint(big, 5, null)));
        String quiet = client("Ardent Quiet One");
        String other = clientBy(manager2, "Ardent Other Manager");
        boughtDaysAgo(other, 5);
        String lapsed = declined("Ardent Lapsed");
        classify();
        clientBy(manager, "Ardent Newcomer"); // registered after the classification: no tier yet

        DirectoryEntry b = entry(manager, "Ardent Big Buyer");
        assertEquals(manager, b.owner());
        assertEquals(0, new BigDecimal("7200").compareTo(b.revenue12m()), "13 purchases in 12 months, not 14");
        assertNotNull(b.lastContactAt());
        String tierOfBig = read(send(manager, GET("/api/v1/clients/" + big + "/tier")), ClientTierView.class)
                .tier()
                .id();
        assertEquals(tierOfBig, b.tierId());
        assertEquals(Stage.EXPLORATION, b.stage());
        DirectoryEntry q = entry(manager, "Ardent Quiet One");
        assertNull(q.owner());
        assertNull(q.lastContactAt());
        assertEquals(0, BigDecimal.ZERO.compareTo(q.revenue12m()));

        assertEquals(5, list(manager, "?q=ardent").total());
        assertEquals(
                List.of("Ardent Big Buyer", "Ardent Lapsed", "Ardent Newcomer"), names(list(manager, "?mine=true")));
        assertEquals(List.of("Ardent Other Manager"), names(list(manager, "?owner=" + manager2)));
        assertEquals(List.of("Ardent Quiet One"), names(list(manager, "?owner=-")));
        assertEquals(List.of("Ardent Lapsed"), names(list(manager, "?stage=DECLINE")));
        assertEquals(
                List.of("Ardent Big Buyer"), names(list(manager, "?tier=" + tierOfBig)), "Standard, the rest Basic");
        assertEquals("Ardent Big Buyer", names(list(manager, "?sort=tier")).get(0));
        assertEquals(List.of("Ardent Newcomer"), names(list(manager, "?tier=-&q=ardent")));
        // no touchpoint and no care action done for 30 days: the quiet one and the one who only bought
        assertEquals(
                List.of("Ardent Newcomer", "Ardent Other Manager", "Ardent Quiet One"),
                names(list(manager, "?silentDays=30")));
        // 50% is a literal, not a wildcard
        assertEquals(0, list(manager, "?q=50%25").total());

        assertEquals(
                List.of(
                        "Ardent Big Buyer",
                        "Ardent Lapsed",
                        "Ardent Other Manager",
                        "Ardent Newcomer",
                        "Ardent Quiet One"),
                names(list(manager, "?sort=-revenue12m")));
        assertEquals(
                List.of(
                        "Ardent Quiet One",
                        "Ardent Other Manager",
                        "Ardent Newcomer",
                        "Ardent Lapsed",
                        "Ardent Big Buyer"),
                names(list(manager, "?sort=-name")));
        assertEquals("Ardent Lapsed", names(list(manager, "?sort=-stage")).get(0));
        // owners sorted, the unowned last in either direction
        assertEquals("Ardent Quiet One", names(list(manager, "?sort=owner")).get(4));
        assertEquals("Ardent Quiet One", names(list(manager, "?sort=-owner")).get(4));
        PageView<DirectoryEntry> second = list(manager, "?sort=name&page=1&size=3");
        assertEquals(List.of("Ardent Other Manager", "Ardent Quiet One"), names(second));
        assertEquals(5, second.total());
        assertTrue(lapsed != null && quiet != null);
    }

    @Test
    void service_staff_see_the_list_without_anyones_revenue_and_cannot_sort_by_it() {
        String big = owned("Bright Buyer");
        boughtDaysAgo(big, 10);
        DirectoryEntry e = entry(staff, "Bright Buyer");
        assertNull(e.revenue12m());
        assertEquals(manager, e.owner());
        Reply sorted = send(staff, GET("/api/v1/directory?sort=-revenue12m"));
        assertEquals(400, sorted.status(), sorted.body());
        assertTrue(sorted.body().contains("\"sort\""), sorted.body());
        assertTrue(!sorted.body().contains("revenue12m\""), "the allowed orders leave revenue out: " + sorted.body());
        Reply bad = send(manager, GET("/api/v1/directory?silentDays=0&stage=SOMEWHERE"));
        assertEquals(400, bad.status(), bad.body());
    }

    @Test
    void a_saved_view_is_its_members_own() {
        ClientFilter silent = new ClientFilter(null, null, null, null, true, 30, "-lastContactAt");
        Reply saved = send(manager, POST("/api/v1/directory/views", new SavedViewWrite("My silent ones", silent)));
        assertEquals(201, saved.status(), saved.body());
        SavedView view = read(saved, SavedView.class);
        assertEquals(silent, view.filter());
        assertEquals(
                List.of("My silent ones"),
                read(send(manager, GET("/api/v1/directory/views")), Argument.listOf(SavedView.class)).stream()
                        .map(SavedView::name)
                        .toList());

        Reply again = send(manager, POST("/api/v1/directory/views", new SavedViewWrite("My silent ones", silent)));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("name-taken") && again.body().contains("\"name\""), again.body());
        // another member may use the same name, and sees only their own
        assertEquals(
                201,
                send(manager2, POST("/api/v1/directory/views", new SavedViewWrite("My silent ones", silent)))
                        .status());
        assertEquals(
                404, send(manager2, GET("/api/v1/directory/views/" + view.id())).status());
        assertEquals(
                404, send(admin, DELETE("/api/v1/directory/views/" + view.id())).status());
        Reply staffRevenue = send(
                staff,
                POST(
                        "/api/v1/directory/views",
                        new SavedViewWrite(
                                "Richest", new ClientFilter(null, null, null, null, false, null, "-revenue12m"))));
        assertEquals(400, staffRevenue.status(), "a view that could not open is not saved: " + staffRevenue.body());

        assertEquals(
                204,
                send(manager, DELETE("/api/v1/directory/views/" + view.id())).status());
        assertEquals(
                404, send(manager, GET("/api/v1/directory/views/" + view.id())).status());
    }

    @Test
    void handing_a_selection_over_changes_every_client_or_none_and_names_the_one_that_refuses() {
        String tiered = client("Crest Tiered");
        boughtDaysAgo(tiered, 3);
        classify(); // every tier is owned by account managers only
        String a = client("Crest A"); // registered after the classification: no tier yet, anyone may own them
        String b = client("Crest B");

        Reply refused =
                send(admin, POST("/api/v1/directory/handovers", new BulkHandover(List.of(a, tiered, b), staff)));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("owner-not-entitled"), refused.body());
        assertTrue(refused.body().contains("\"index\":1"), refused.body());
        assertTrue(refused.body().contains(tiered), "the refusing client is named: " + refused.body());
        assertNull(entry(admin, "Crest A").owner(), "nothing changed");

        Reply done =
                send(admin, POST("/api/v1/directory/handovers", new BulkHandover(List.of(a, tiered, b, a), manager2)));
        assertEquals(200, done.status(), done.body());
        assertEquals(3, read(done, BulkResult.class).changed());
        assertEquals(
                List.of("Crest A", "Crest B", "Crest Tiered"), names(list(admin, "?owner=" + manager2 + "&q=crest")));
        assertEquals(
                403,
                send(staff, POST("/api/v1/directory/handovers", new BulkHandover(List.of(a), staff)))
                        .status());
    }

    @Test
    void planning_care_for_a_selection_plans_one_action_per_client_or_none() {
        String a = owned("Dune A");
        String b = client("Dune B");
        CareActionWrite call =
                new CareActionWrite(CareKind.CALL, "New year greeting", TODAY.plusDays(3), null, null, null);

        String unknown = UUID.randomUUID().toString();
        Reply refused =
                send(manager, POST("/api/v1/directory/care-plans", new BulkCarePlan(List.of(a, unknown, b), call)));
        assertEquals(404, refused.status(), refused.body());
        assertTrue(refused.body().contains(unknown), refused.body());
        assertTrue(greetings(a).isEmpty(), "nothing planned");

        Reply done = send(manager, POST("/api/v1/directory/care-plans", new BulkCarePlan(List.of(a, b), call)));
        assertEquals(200, done.status(), done.body());
        assertEquals(2, read(done, BulkResult.class).changed());
        CareActionView ofA = greetings(a).get(0);
        assertEquals(manager, ofA.owner(), "the client's owner");
        assertEquals(CareSource.MANUAL, ofA.source());
        assertEquals(manager, greetings(b).get(0).owner(), "no owner: the planner");

        Reply past = send(
                manager,
                POST(
                        "/api/v1/directory/care-plans",
                        new BulkCarePlan(
                                List.of(a),
                                new CareActionWrite(CareKind.CALL, "Late", TODAY.minusDays(1), null, null, null))));
        assertEquals(400, past.status(), past.body());
        assertTrue(past.body().contains("action.dueOn"), past.body());
    }

    private List<CareActionView> greetings(String clientId) {
        return actions(clientId).stream()
                .filter(x -> x.title().equals("New year greeting"))
                .toList();
    }
}
