package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.care.CareKind;
import app.rapport.api.client.ClientKind;
import app.rapport.api.common.Channel;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.lifecycle.Stage;
import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The main journeys in a real browser (Debian's Chromium, headless) against the packaged backend and UI, the test
 * run's real database and Keycloak: the login page is Keycloak's own. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {
    private static final Path SHOTS = Paths.get("target/screenshots");
    private RunningRapport rapport;
    private Browser browser;
    private String uiUrl;
    private String apiUrl;
    private Keycloak keycloak;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
        uiUrl = rapport.uiUrl;
        apiUrl = rapport.apiUrl;
        keycloak = rapport.keycloak;
        browser = rapport.browser;
    }

    private Page signIn(String user, String locale) {
        return signIn(user, locale, 1280, 800);
    }

    private Page signIn(String user, String locale, int width, int height) {
        return rapport.signIn(user, locale, width, height);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Test
    void a_manager_creates_a_client_finds_it_and_another_tenant_never_sees_it() {
        String name = "Pudong Travel " + UUID.randomUUID().toString().substring(0, 6);
        Page page = signIn("harbour.manager", "en-US");
        assertThat(page.locator("#clients-grid")).isVisible();
        assertThat(page.locator("#current-tenant")).hasText("Harbour Hotel");
        shot(page, "01-harbour-clients");

        page.locator("#client-create").click();
        page.locator("#client-name input").fill(name);
        page.locator("#client-city input").fill("Shanghai");
        page.locator("#client-email input").fill("desk@pudong.example");
        page.locator("#contact-add").click();
        page.locator("#contact-name input").fill("Wang Fang");
        page.locator("#contact-confirm").click();
        shot(page, "02-new-client-form");
        page.locator("#client-save").click();
        page.waitForURL(Pattern.compile(".*/clients/[0-9a-f-]{36}$"));
        String clientUrl = page.url();
        // the page opens on how the relationship stands: the manager who registered the client owns it
        assertThat(page.locator("#client-summary")).isVisible();
        assertThat(page.locator("#summary-stage")).hasText("Exploration");
        assertThat(page.locator("#client-summary")).containsText("Owner: ");
        assertThat(page.locator("#summary-next-action")).isVisible();
        shot(page, "03a-client-summary");
        page.locator("#tab-details").click();
        assertThat(page.locator("#contacts-grid")).containsText("Wang Fang");
        shot(page, "03-client-saved");

        page.navigate(uiUrl + "/clients");
        page.locator("#client-search input").fill(name);
        assertThat(page.locator("#clients-grid")).containsText(name);
        shot(page, "04-client-found");
        // the list answers "how do we stand": the new client is the manager's own, in exploration, never contacted
        page.locator("#client-search input").fill("");
        page.locator("#filter-mine").click();
        page.locator("#filter-silent input").fill("7");
        page.locator("#filter-silent input").press("Enter");
        page.locator("#client-search input").fill(name);
        assertThat(page.locator("#clients-grid")).containsText(name);
        assertThat(page.locator("#clients-grid")).containsText("Exploration");
        assertThat(page.locator("#clients-grid")).containsText("Never");
        assertThat(page.locator("#clients-grid")).containsText("Revenue, 12 months");
        page.locator("#saved-view-save").click();
        page.locator("#saved-view-name input").fill("Silent " + name);
        page.locator("#saved-view-ok").click();
        assertThat(page.getByText("View “Silent " + name + "” saved.")).isVisible();
        shot(page, "04b-client-list-filtered");
        page.context().close();

        Page other = signIn("northwind.manager", "en-US");
        other.locator("#client-search input").fill(name);
        other.waitForTimeout(1500);
        assertThat(other.locator("#clients-grid")).not().containsText(name);
        shot(other, "05-northwind-search");
        other.navigate(clientUrl);
        assertThat(other.locator("#error-title")).hasText("Not found");
        assertThat(other.locator("#error-text")).containsText("belongs to another workspace");
        shot(other, "06-northwind-by-url");
        other.context().close();
    }

    @Test
    void a_second_tab_editing_the_same_client_gets_a_conflict_message() {
        String name = "Conflict Co " + UUID.randomUUID().toString().substring(0, 6);
        Page first = signIn("harbour.manager", "en-US");
        first.locator("#client-create").click();
        first.locator("#client-name input").fill(name);
        first.locator("#client-save").click();
        first.waitForURL(Pattern.compile(".*/clients/[0-9a-f-]{36}$"));
        first.locator("#tab-details").click();
        Page second = first.context().newPage();
        second.navigate(first.url());
        second.locator("#tab-details").click();
        assertThat(second.locator("#client-name input")).hasValue(name);

        first.locator("#client-city input").fill("Suzhou");
        first.locator("#client-save").click();
        assertThat(first.getByText("Client saved.")).isVisible();
        second.locator("#client-city input").fill("Wuxi");
        second.locator("#client-save").click();
        assertThat(second.locator("#conflict-dialog")).containsText("Your changes were not saved");
        shot(second, "07-conflict");
        second.locator("#conflict-reload").click();
        assertThat(second.locator("#client-city input")).hasValue("Suzhou");
        first.context().close();
    }

    @Test
    void the_operator_provisions_suspends_and_resumes_a_tenant() {
        String slug = "riverside-" + UUID.randomUUID().toString().substring(0, 4);
        Page page = signIn("operator", "en-US");
        page.locator("#tenant-filter input").fill("harbour"); // the catalog of a test run holds many tenants
        assertThat(page.locator("#tenants-grid")).containsText("harbour-hotel");
        page.locator("#tenant-slug input").fill(slug);
        page.locator("#tenant-name input").fill("Riverside Bank");
        page.locator("#tenant-admin-email input").fill(slug + "@example.test");
        page.locator("#tenant-create").click();
        assertThat(page.locator("#provisioned-dialog")).containsText("Temporary password");
        assertThat(page.locator("#provisioned-dialog")).containsText("First admin's login: ");
        assertThat(page.locator("#provisioned-dialog")).not().containsText("{0}");
        shot(page, "08-tenant-provisioned");
        page.keyboard().press("Escape");
        page.locator("#tenant-filter input").fill(slug); // the catalog of a test run holds many tenants
        assertThat(page.locator("#tenants-grid")).containsText(slug);
        page.locator("#suspend-" + slug).click();
        // suspending asks first, naming the tenant
        assertThat(page.locator("#confirm-header")).containsText("Suspend “");
        shot(page, "09-tenant-suspend-confirm");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#resume-" + slug)).isVisible();
        shot(page, "09-tenant-suspended");
        page.locator("#resume-" + slug).click();
        assertThat(page.locator("#suspend-" + slug)).isVisible();
        page.context().close();
    }

    @Test
    void the_chosen_language_applies_at_once_and_is_remembered() {
        Page page = signIn("harbour.staff", "en-US");
        assertThat(page.locator("h2")).hasText("My day"); // service staff start on their day
        page.navigate(uiUrl + "/clients");
        assertThat(page.locator("h2")).hasText("Clients");
        assertThat(page.locator("#client-create")).isHidden();
        page.locator("#language").click();
        // the open list's item (the menu's own language picker is hidden on a desktop)
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("简体中文"))
                .click();
        assertThat(page.locator("h2")).hasText("客户");
        shot(page, "10-clients-zh-CN");
        Page again = page.context().newPage();
        again.navigate(uiUrl + "/clients");
        assertThat(again.locator("h2")).hasText("客户");
        page.context().close();
    }

    /** A tenant of its own for a journey: its slug, from a prefix and a display name. */
    private String newTenant(String prefix, String name) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        rapport.data.tenant(slug, name + " " + slug);
        return slug;
    }

    private static void tier(Page page, int row, String name, String minimum) {
        Locator r = page.locator("#tier-row-" + row);
        r.getByLabel("Name (English)").fill(name);
        r.getByLabel("Name (简体中文)").fill(name + "客户");
        r.getByLabel("Name (繁體中文)").fill(name + "客戶");
        r.getByLabel("Minimum value (12 months)").fill(minimum);
        r.getByLabel("Minimum value (12 months)").press("Tab");
    }

    @Test
    void an_admin_sets_business_hours_with_a_lunch_break_and_a_holiday() throws Exception {
        String slug = newTenant("hours", "Tea House");
        String admin = keycloak.createUser(slug, "tenant-admin");
        Page page = signIn(admin, "en-US");
        page.navigate(uiUrl + "/settings/business-hours");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday")) {
            time(page, "#calendar-" + day + "-0-from", "09:00");
            time(page, "#calendar-" + day + "-0-to", "12:00");
            page.locator("#calendar-" + day + "-add").click();
            time(page, "#calendar-" + day + "-1-from", "13:30");
            time(page, "#calendar-" + day + "-1-to", "18:00");
        }
        for (String day : List.of("saturday", "sunday")) {
            // the stretch's row holds its two times and its remove button
            page.locator("#calendar-" + day + "-0-from")
                    .locator("xpath=..")
                    .locator("vaadin-button")
                    .click();
        }
        page.locator("#calendar-day-date input").fill("10/1/2026");
        page.locator("#calendar-day-date input").press("Enter");
        page.locator("#calendar-day-name input").fill("National Day");
        page.locator("#calendar-day-add").click();
        page.locator("#calendar-save").click();
        assertThat(page.getByText("Business hours saved.")).isVisible();
        page.reload();
        assertThat(page.locator("#calendar-days")).containsText("National Day");
        // the stretches come back in the order of the day (en-US reads 12-hour time)
        assertThat(page.locator("#calendar-monday-0-from input")).hasValue("9:00 AM");
        assertThat(page.locator("#calendar-monday-1-from input")).hasValue("1:30 PM");
        assertTrue(
                page.locator("#calendar-monday-0-from").boundingBox().x
                        < page.locator("#calendar-monday-1-from").boundingBox().x,
                "morning before afternoon on screen");
        assertEquals(0, page.locator("#calendar-sunday-0-from").count(), "Sunday is closed");
        shot(page, "25-business-hours");
        page.context().close();
    }

    private static void time(Page page, String id, String value) {
        page.locator(id + " input").fill(value);
        page.locator(id + " input").press("Enter");
    }

    @Test
    void an_admin_grades_clients_and_a_manager_sees_the_tier_change_and_who_runs_out() throws Exception {
        String slug = newTenant("journey", "Rice Shop");
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String rice = rapport.data.product(manager, "Northeast rice", "kg");
        String wang = rapport.data.client(manager, ClientKind.PERSON, "Wang Household", "Harbin");
        String li = rapport.data.client(manager, ClientKind.ORGANISATION, "Li Canteen", "Harbin");
        for (int daysAgo : new int[] {87, 57, 27}) {
            rapport.data.purchase(manager, wang, rice, daysAgo, 10, 6000, 1500);
        }
        rapport.data.purchase(manager, li, rice, 5, 500, 50000, 9000);

        Page page = signIn(admin, "en-US");
        page.navigate(uiUrl + "/tiers/settings");
        page.locator("#tier-add").click();
        page.locator("#tier-add").click();
        tier(page, 0, "Key", "20000");
        tier(page, 1, "Basic", "0");
        shot(page, "20-tier-settings");
        page.locator("#tier-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tier settings saved");
        page.navigate(uiUrl + "/tiers");
        page.locator("#tiers-classify").click();
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText("2 clients classified, 2 changed tier");
        assertThat(page.locator("#tier-chart svg")).isVisible();
        assertThat(page.locator("#tier-ranking")).containsText("Li Canteen");
        shot(page, "21-tiers-classified");

        // the admin lowers the Key threshold: Wang's 18,000 now meets it
        page.navigate(uiUrl + "/tiers/settings");
        page.locator("#tier-row-0").getByLabel("Minimum value (12 months)").fill("15000");
        page.locator("#tier-row-0").getByLabel("Minimum value (12 months)").press("Tab");
        page.locator("#tier-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tier settings saved");
        page.navigate(uiUrl + "/tiers");
        page.locator("#tiers-classify").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("1 changed tier");
        page.context().close();

        Page m = signIn(manager, "en-US");
        m.navigate(uiUrl + "/clients/" + wang);
        m.locator("#tab-differentiate").click();
        assertThat(m.locator("#client-tier")).hasText("Key");
        assertThat(m.locator("#tier-history")).containsText("Basic → Key");
        assertThat(m.locator("#tier-history")).containsText("18,000.00 meets the tier’s threshold of");
        shot(m, "22-client-tier-changed");
        m.navigate(uiUrl + "/replenishment");
        assertThat(m.locator("#replenishment-grid")).containsText("Wang Household");
        assertThat(m.locator("#replenishment-grid")).containsText("in 3 days");
        shot(m, "23-replenishment");
        m.navigate(uiUrl + "/clients/" + wang);
        m.locator("#tab-consumption").click();
        assertThat(m.locator("#consumption-grid")).containsText("Median of 2 intervals");
        shot(m, "24-consumption");
        m.context().close();
    }

    @Test
    void staff_log_a_touchpoint_from_a_phone_and_a_manager_accepts_a_decline_with_its_win_back_visit()
            throws Exception {
        String slug = newTenant("care", "Tea House");
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String staff = keycloak.createUser(slug, "service-staff");
        rapport.data.strategy(
                admin,
                Stage.DECLINE,
                CareKind.VISIT,
                "Win-back visit",
                7,
                ServiceLevel.SURPRISE,
                "Bring this season's tea");
        String tea = rapport.data.product(manager, "Oolong tea", "box");
        String chen = rapport.data.client(manager, ClientKind.PERSON, "Chen Household", "Xiamen");
        rapport.data.owner(manager, chen, manager);
        for (int daysAgo : new int[] {184, 154, 124, 94}) {
            rapport.data.purchase(manager, chen, tea, daysAgo, 2, 480, 120);
        }
        rapport.data.touchpoint(staff, chen, Channel.COUNTER, "Complained the last box was stale", 2);

        // service staff on a phone-sized window: search the client as they type, a reaction, what happened and a
        // follow-up — each tap and each typed field counted (at most 8)
        Page phone = signIn(staff, "en-US", 390, 844);
        phone.navigate(uiUrl + "/touchpoints/new");
        int taps = 0;
        phone.locator("#tp-client input").fill("Chen");
        taps++;
        phone.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Chen Household"))
                .click();
        taps++;
        phone.locator("#tp-rating-2").click();
        taps++;
        phone.locator("#tp-what textarea").fill("Called back about the stale tea; offered a fresh box");
        taps++;
        phone.locator("#tp-promise").click();
        taps++;
        phone.locator("#tp-follow-title input").fill("Deliver a fresh box");
        taps++;
        assertTrue(phone.locator("#tp-save").boundingBox().height >= 44, "Save is a thumb's size");
        shot(phone, "30-phone-touchpoint");
        phone.locator("#tp-save").click();
        taps++;
        assertTrue(taps <= 8, taps + " taps");
        assertThat(phone.locator("vaadin-notification-card").last())
                .containsText("Touchpoint with Chen Household saved; the follow-up is in your day");
        // the next touchpoint: the client is one tap away
        assertThat(phone.locator("#tp-recent")).containsText("Chen Household");
        phone.navigate(uiUrl + "/my-day");
        assertThat(phone.locator("#my-next")).containsText("Deliver a fresh box");
        // a phone's day: cards, nothing to scroll sideways, the header's account in the menu, buttons a thumb hits
        assertThat(phone.locator("#my-next .care-card")).hasCount(1);
        assertThat(phone.locator("#header-account")).isHidden();
        noSidewaysScroll(phone, "my day");
        Locator done = phone.locator("#my-next vaadin-button").filter(new Locator.FilterOptions().setHasText("Done"));
        assertTrue(done.boundingBox().height >= 44, "Done is " + done.boundingBox().height + " px high");
        assertTrue(done.boundingBox().x + done.boundingBox().width <= 390, "Done is on the screen");
        shot(phone, "31-phone-my-day");
        phone.navigate(uiUrl + "/touchpoints/new");
        phone.locator("#tp-client").waitFor();
        noSidewaysScroll(phone, "log touchpoint");
        phone.locator("vaadin-drawer-toggle").click();
        assertThat(phone.locator("#drawer-logout")).isVisible();
        phone.waitForTimeout(500); // the menu slides in
        shot(phone, "31b-phone-menu");
        phone.context().close();

        // the account manager computes the signals, reads why, accepts the DECLINE suggestion
        Page m = signIn(manager, "en-US");
        m.navigate(uiUrl + "/portfolio");
        m.locator("#compute-signals").click();
        assertThat(m.locator("#suggestions-grid")).containsText("Chen Household");
        assertThat(m.locator("#suggestions-grid")).containsText("no purchase for 94 days against a usual 30");
        assertThat(m.locator("#portfolio-chart svg")).isVisible();
        shot(m, "32-portfolio-suggestion");
        m.locator("#suggestions-grid vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Accept"))
                .click();
        assertThat(m.locator("vaadin-notification-card").last()).containsText("Chen Household moved to Decline");
        m.navigate(uiUrl + "/clients/" + chen);
        m.locator("#tab-relationship").click();
        assertThat(m.locator("#stage-badge")).hasText("Decline");
        assertThat(m.locator("#stage-history")).containsText("Exploration → Decline");
        shot(m, "33-relationship-decline");
        m.locator("#tab-care").click();
        assertThat(m.locator("#client-care")).containsText("Win-back visit");
        assertThat(m.locator("#client-care")).containsText("Deliver a fresh box");
        assertThat(m.locator("#client-touchpoints")).containsText("offered a fresh box");
        shot(m, "34-care-win-back");
        m.locator("#tab-timeline").click();
        assertThat(m.locator("#timeline-grid")).containsText("Exploration → Decline");
        shot(m, "35-timeline");
        m.context().close();
    }

    private static void pick(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    private static void step(Page page, String lane, int col, String name, Integer minutes, boolean touchpoint) {
        page.locator("#step-add").click();
        pick(page, "#step-lane", lane);
        page.locator("#step-col input").fill(String.valueOf(col));
        page.locator("#step-name input").fill(name);
        if (minutes != null) {
            page.locator("#step-target input").fill(String.valueOf(minutes));
        }
        if (touchpoint) {
            page.locator("#step-touchpoint").click();
        }
        page.locator("#step-save").click();
        assertThat(page.locator("#blueprint-steps")).containsText(name);
    }

    private static void flow(Page page, String from, String to) {
        pick(page, "#flow-from", from);
        pick(page, "#flow-to", to);
        page.locator("#flow-add").click();
        assertThat(page.locator("#blueprint-flows")).containsText(from + " → " + to);
    }

    private void touchpoint(Page page, String step, int minutes, String what) {
        page.navigate(uiUrl + "/touchpoints/new");
        page.locator("#tp-client input").fill("Grace");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Grace Guest"))
                .click();
        page.locator("#tp-step input").fill(step);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(step))
                .click();
        page.locator("#tp-what textarea").fill(what);
        page.locator("#tp-more").click();
        page.locator("#tp-duration input").fill(String.valueOf(minutes));
        page.locator("#tp-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Grace Guest");
    }

    @Test
    void an_admin_publishes_a_six_step_blueprint_staff_log_against_it_and_the_overlay_and_a_target_move()
            throws Exception {
        String slug = newTenant("design", "Harbour Inn");
        String admin = keycloak.createUser(slug, "tenant-admin");
        String staff = keycloak.createUser(slug, "service-staff");
        rapport.data.client(admin, ClientKind.PERSON, "Grace Guest", "Qingdao");

        // the tenant admin builds the check-in in the editor: six steps in four lanes, five flows, then publishes
        Page a = signIn(admin, "en-US", 1400, 900);
        a.navigate(uiUrl + "/blueprints");
        a.locator("#blueprint-new").click();
        a.locator("#blueprint-name input").fill("Hotel check-in");
        a.locator("#blueprint-create").click();
        assertThat(a.locator("#blueprint-findings")).containsText("The blueprint has no steps yet: add the first one");
        step(a, "Client actions", 1, "Arrive at reception", null, false);
        step(a, "Front stage", 1, "Greet the guest", 2, true);
        step(a, "Back stage", 2, "Check the booking", 4, false);
        step(a, "Support processes", 2, "Reservation system", null, false);
        step(a, "Front stage", 3, "Hand over the key", 3, true);
        step(a, "Client actions", 3, "Take the key to the room", null, false);
        assertThat(a.locator("#blueprint-findings")).containsText("has no flow in or out");
        flow(a, "Arrive at reception", "Greet the guest");
        flow(a, "Greet the guest", "Check the booking");
        flow(a, "Reservation system", "Check the booking");
        flow(a, "Check the booking", "Hand over the key");
        flow(a, "Hand over the key", "Take the key to the room");
        assertThat(a.locator("#blueprint-ready")).isVisible();
        shot(a, "40-blueprint-editor");
        a.locator("#blueprint-publish").click();
        assertThat(a.locator("#blueprint-status")).containsText("Published");
        assertThat(a.locator("#blueprint-diagram svg")).isVisible();
        assertThat(a.locator("#blueprint-diagram")).containsText("line of interaction");
        shot(a, "41-blueprint-published");

        String blueprintId = a.url().replaceAll(".*/blueprints/", "");
        String greet = rapport.data.touchpointSteps(staff).stream()
                .filter(t -> t.stepName().equals("Greet the guest"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the greeting is a touchpoint step of the published blueprint"))
                .stepId();
        String target = rapport.data
                .target(
                        admin,
                        new TargetWrite(
                                "Time to greet a guest",
                                MetricSource.STEP_DURATION,
                                greet,
                                Dimension.RESPONSIVENESS,
                                null,
                                null,
                                BigDecimal.valueOf(6),
                                LocalDate.now().minusDays(30),
                                "Seaview Hotel",
                                BigDecimal.valueOf(3),
                                "mystery guest visit",
                                BigDecimal.valueOf(2),
                                LocalDate.now().plusDays(30),
                                admin,
                                null))
                .id();

        // service staff log three check-ins against two of its steps
        Page s = signIn(staff, "en-US", 390, 844);
        touchpoint(s, "Greet the guest", 5, "Queue at the desk; greeted after five minutes");
        touchpoint(s, "Greet the guest", 1, "Greeted at the door");
        touchpoint(s, "Hand over the key", 2, "Key and breakfast times explained");
        shot(s, "42-phone-touchpoint-step");
        s.context().close();

        // the admin overlays the last 30 days: the greeting misses its two minutes, the key hand-over meets its three
        a.navigate(uiUrl + "/blueprints/" + blueprintId);
        a.locator("#overlay-show").click();
        assertThat(a.locator("#blueprint-performance")).containsText("Misses standard");
        assertThat(a.locator("#blueprint-performance")).containsText("Meets standard");
        assertThat(a.locator("#blueprint-diagram")).containsText("50% within standard");
        shot(a, "43-blueprint-overlay");

        // and the greeting target's chart moves once it is measured
        a.navigate(uiUrl + "/benchmarks/" + target);
        assertThat(a.locator("#target-chart svg")).isVisible();
        assertThat(a.locator("#target-measurements")).containsText("No measurements yet.");
        a.locator("#target-compute").click();
        assertThat(a.locator("#target-measurements")).containsText("Computed from 2 records");
        assertThat(a.locator("#target-explanation")).containsText("Actual 3 min");
        shot(a, "44-target-chart");
        a.navigate(uiUrl + "/benchmarks");
        assertThat(a.locator("#board-responsiveness")).containsText("Time to greet a guest");
        shot(a, "45-benchmark-board");
        a.context().close();
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    private static void noSidewaysScroll(Page page, String where) {
        page.waitForTimeout(300);
        Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) wide).intValue() <= 0, where + " scrolls sideways by " + wide + " px");
    }
}
