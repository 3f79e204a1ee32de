package app.rapport.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientKind;
import app.rapport.testing.Keycloak;
import app.rapport.ui.support.RunningRapport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A complaint from first word to summary in a real browser, each step by its people: staff record it on a phone,
 * the manager judges it and assigns the department, staff (of the department) analyse the cause and propose a remedy,
 * the admin approves it, staff tick the recovery checklist, the manager records accountability and closes it — and
 * finds every step on the client's timeline, in Chinese too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintJourneyIT {
    private static final Path SHOTS = Paths.get("target/screenshots");
    private RunningRapport rapport;
    private String uiUrl;
    private Keycloak keycloak;

    @BeforeAll
    void start() throws Exception {
        rapport = RunningRapport.get();
        uiUrl = rapport.uiUrl;
        keycloak = rapport.keycloak;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static void noSidewaysScroll(Page page, String where) {
        page.waitForTimeout(300);
        Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) wide).intValue() <= 0, where + " scrolls sideways by " + wide + " px");
    }

    private static void click(Page page, String selector, String text) {
        page.locator(selector)
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    @Test
    void staff_record_a_complaint_on_a_phone_and_it_is_recovered_approved_and_closed_step_by_step() throws Exception {
        String slug = "complaint-" + UUID.randomUUID().toString().substring(0, 6);
        rapport.data.tenant(slug, "Harbour View " + slug);
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String staff = keycloak.createUser(slug, "service-staff");
        String client = rapport.data.client(manager, ClientKind.PERSON, "Lin Household", "Qingdao");
        rapport.data.owner(manager, client, manager);
        rapport.data.department(admin, "Guest relations", manager, List.of(staff));
        rapport.data.serviceLevels(admin, 60);

        // 1 · staff record it on a phone: the menu, the client (typed), what happened, save
        Page phone = rapport.signIn(staff, "en-US", 390, 844);
        phone.locator("vaadin-drawer-toggle").click();
        click(phone, "vaadin-side-nav-item", "Record a complaint");
        phone.locator("#complaint-client input").fill("Lin");
        phone.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Lin Household"))
                .click();
        phone.locator("#complaint-what textarea")
                .fill("Nobody answered the room phone at night; we waited an hour for towels.");
        assertTrue(phone.locator("#complaint-save").boundingBox().height >= 44, "Save is a thumb's size");
        noSidewaysScroll(phone, "record a complaint");
        shot(phone, "60-phone-record-complaint");
        phone.locator("#complaint-save").click();
        assertThat(phone.locator("#complaint-acknowledge")).containsText("reference C-");
        assertThat(phone.locator("#complaint-step-now")).hasText("Step 2 of 8: judge whether it stands");
        assertThat(phone.locator("#clock-FIRST_RESPONSE-state")).hasText("Running");
        assertThat(phone.locator("#clock-FIRST_RESPONSE")).containsText("left");
        noSidewaysScroll(phone, "a complaint");
        shot(phone, "61-phone-complaint-received");
        String url = phone.url();

        // 2–3 · the manager finds it among their clients' complaints, upholds it and assigns the department
        Page m = rapport.signIn(manager, "en-US", 1280, 800);
        m.navigate(uiUrl + "/complaints?queue=MY_CLIENTS");
        assertThat(m.locator("#complaint-cards")).containsText("Lin Household");
        shot(m, "62-complaints-board");
        m.locator("#complaint-cards vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Lin Household"))
                .first()
                .click();
        m.locator("#complaint-verdict-reason textarea").fill("We promise an answer at the desk day and night.");
        m.locator("#complaint-judge").click();
        assertThat(m.locator("#complaint-step-now")).hasText("Step 3 of 8: assign the responsible department");
        assertThat(m.locator("#clock-FIRST_RESPONSE-state")).hasText("Met");
        m.locator("#complaint-assign-department").click();
        click(m, "vaadin-select-item:visible", "Guest relations");
        m.locator("#complaint-assign").click();
        assertThat(m.locator("#complaint-step-now")).hasText("Step 4 of 8: the department analyses the cause");

        // 4–5 · staff, of the department, analyse the cause and propose the remedy
        phone.navigate(url);
        click(phone, "#complaint-causes vaadin-checkbox", "Service staff mistake");
        phone.locator("#complaint-cause-notes textarea").fill("The night desk phone was left on silent.");
        phone.locator("#complaint-analyse").click();
        assertThat(phone.locator("#complaint-step-now")).hasText("Step 5 of 8: propose a remedy");
        phone.locator("#complaint-remedy textarea")
                .fill("Apologise, deliver towels at once and offer breakfast in the room.");
        phone.locator("#complaint-propose").click();
        assertThat(phone.locator("#complaint-step-now")).hasText("Step 6 of 8: a supervisor approves the remedy");
        assertThat(phone.locator("#complaint-approve")).hasCount(0);

        // 6 · the admin, a supervisor other than the proposer, approves it from "waiting for my approval"
        Page a = rapport.signIn(admin, "en-US", 1280, 800);
        a.navigate(uiUrl + "/complaints?queue=MY_APPROVAL");
        a.locator("#complaint-cards vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Lin Household"))
                .first()
                .click();
        assertThat(a.locator("#complaint-step-now")).hasText("Step 6 of 8: a supervisor approves the remedy");
        shot(a, "63-remedy-awaiting-approval");
        a.locator("#complaint-approve").click();
        assertThat(a.locator("#complaint-step-now")).containsText("Step 7 of 8");
        a.navigate(uiUrl + "/settings/service-levels");
        assertThat(a.locator("#sla-first-response-hours input")).hasValue("1");
        shot(a, "63b-service-levels");
        a.context().close();

        // 7 · staff tick the recovery checklist on the phone; the compensation is a voucher
        phone.navigate(url);
        for (String item : List.of("apology", "urgent-remedy", "empathy")) {
            phone.locator("#recovery-" + item + "-done").click();
            assertThat(phone.locator("#recovery-" + item + "-state")).hasText("Done");
        }
        phone.locator("#recovery-compensation-kind").click();
        click(phone, "vaadin-select-item:visible", "Voucher");
        phone.locator("#recovery-compensation-value input").fill("50");
        phone.locator("#recovery-compensation-done").click();
        assertThat(phone.locator("#recovery-compensation-state")).hasText("Done");
        assertThat(phone.locator("#recovery-compensation")).containsText("Voucher");
        phone.locator("#recovery-follow-up-note input").fill("Called the next morning: all well");
        phone.locator("#recovery-follow-up-done").click();
        assertThat(phone.locator("#recovery-follow-up-state")).hasText("Done");
        phone.locator("#complaint-notice textarea").fill("Told on the phone what we changed at the night desk.");
        phone.locator("#complaint-notify").click();
        assertThat(phone.locator("#complaint-facts")).containsText("what we changed at the night desk");
        phone.locator("#complaint-feedback textarea").fill("Thank you, the breakfast was lovely.");
        phone.locator("#complaint-give-feedback").click();
        assertThat(phone.locator("#complaint-facts")).containsText("the breakfast was lovely");
        assertThat(phone.locator("#complaint-still-open")).containsText("accountability");
        noSidewaysScroll(phone, "the recovery checklist");
        shot(phone, "64-phone-recovery-checklist");

        // the lead records accountability; staff mark the recovery done; the manager summarises and closes
        m.navigate(url);
        m.locator("#complaint-responsible input").fill("Night desk");
        m.locator("#complaint-consequence textarea").fill("The desk phone rings out loud at night from now on");
        m.locator("#complaint-account").click();
        assertThat(m.locator("#complaint-facts")).containsText("Night desk");
        phone.navigate(url);
        phone.locator("#complaint-resolve").click();
        assertThat(phone.locator("#complaint-step-now")).hasText("Step 8 of 8: summarise and evaluate");
        phone.context().close();
        m.navigate(url);
        m.locator("#complaint-lessons textarea").fill("Night calls need a second phone.");
        m.locator("#complaint-systemic").click();
        m.locator("#complaint-close").click();
        assertThat(m.locator("#complaint-step-now")).hasText("Handling is over");
        assertThat(m.locator("#complaint-history")).containsText("remedy approved");
        shot(m, "65-complaint-closed");

        // the manager sees every step on the client's timeline, and its follow-up done in the care tab
        m.navigate(uiUrl + "/clients/" + client);
        m.locator("#tab-complaints").click();
        assertThat(m.locator("#client-complaints")).containsText("Closed");
        m.locator("#tab-timeline").click();
        assertThat(m.locator("#timeline-grid")).containsText("closed");
        assertThat(m.locator("#timeline-grid")).containsText("remedy approved");
        shot(m, "66-timeline-complaint");
        m.context().close();

        // in Chinese, no English the product wrote
        Page zh = rapport.signIn(manager, "zh-CN", 1280, 800);
        zh.navigate(url);
        assertThat(zh.locator("#complaint-step-now")).hasText("处理已结束");
        assertThat(zh.locator("#complaint-history")).containsText("方案已批准");
        assertThat(zh.locator("#complaint-recovery")).containsText("象征性补偿");
        shot(zh, "67-complaint-zh");
        zh.context().close();
    }

    @Test
    void an_admin_sets_an_escalation_ladder_and_a_breached_first_response_reaches_the_bells_and_tops_the_board()
            throws Exception {
        String slug = "breach-" + UUID.randomUUID().toString().substring(0, 6);
        rapport.data.tenant(slug, "Harbour Breach " + slug);
        String admin = keycloak.createUser(slug, "tenant-admin");
        String manager = keycloak.createUser(slug, "account-manager");
        String staff = keycloak.createUser(slug, "service-staff");
        String client = rapport.data.client(manager, ClientKind.PERSON, "Wu Household", "Xiamen");
        String other = rapport.data.client(manager, ClientKind.PERSON, "Ma Household", "Xiamen");

        // the admin gives the first response one minute, with a breach step that tells the admins and the owner
        Page a = rapport.signIn(admin, "en-US", 1280, 900);
        a.navigate(uiUrl + "/settings/service-levels");
        a.locator("#sla-first-response-measured").click();
        a.locator("#sla-first-response-hours input").fill("0");
        a.locator("#sla-first-response-minutes input").fill("1");
        a.locator("#sla-first-response-add-step").click();
        assertThat(a.locator("#sla-first-response-step-0-amount input")).hasValue("100");
        click(a, "#sla-first-response-step-0-actions vaadin-checkbox", "Tell the admins");
        a.locator("#sla-first-response-add-step").click();
        a.locator("#sla-first-response-step-1-when").click();
        click(a, "vaadin-select-item:visible", "Minutes before the deadline");
        a.locator("#sla-first-response-step-1-amount input").fill("0");
        a.locator("#sla-save").click();
        assertThat(a.locator("#sla-first-response-step-1-amount")).hasAttribute("invalid", "");
        a.locator("#sla-first-response-step-1-remove").click();
        a.locator("#sla-save").click();
        assertThat(a.locator("#sla-inheritance")).hasText("Version 1");
        a.locator("#sla-first-response").scrollIntoViewIfNeeded();
        shot(a, "68-escalation-ladder");

        // a complaint answered in time first, then the one that will breach: the breached one comes first all the same
        var answered = rapport.data.complaint(staff, other, "The bill listed a minibar we never opened.");
        rapport.data.upheld(manager, answered.id(), "We will take it off the bill.");
        long calm = answered.number();
        long number = rapport.data
                .complaint(staff, client, "Nobody came to fix the heating all evening.")
                .number();
        for (int i = 0; i < 60 && rapport.data.unread(admin) == 0; i++) {
            Thread.sleep(3000);
        }
        assertTrue(rapport.data.unread(admin) > 0, "the minute passed and the scan told the admins of the breach");
        a.navigate(uiUrl + "/complaints");
        assertThat(a.locator("#inbox-bell")).hasAttribute("aria-label", "1 unread notice: open the inbox");
        Locator card = a.locator("#complaint-card-" + number);
        assertThat(card).containsText("Breached");
        assertThat(card).containsText("First response (verdict) · was due");
        assertTrue(
                card.boundingBox().y < a.locator("#complaint-card-" + calm).boundingBox().y,
                "the breached complaint comes before the one recorded before it");
        shot(a, "69-board-breached-first");
        a.locator("#inbox-bell").click();
        assertThat(a.locator("#inbox-list")).containsText("C-" + number);
        assertThat(a.locator("#inbox-list")).containsText("is past its deadline");
        shot(a, "70-inbox-breach");
        a.context().close();

        // the owner, on a phone, has been told too and sees the breach on the card and on the complaint
        Page phone = rapport.signIn(staff, "en-US", 390, 844);
        phone.navigate(uiUrl + "/complaints");
        assertThat(phone.locator("#complaint-card-" + number)).containsText("Breached");
        assertThat(phone.locator("#inbox-bell")).hasAttribute("aria-label", "1 unread notice: open the inbox");
        noSidewaysScroll(phone, "the board with a breach");
        shot(phone, "71-phone-board-breached");
        phone.locator("#complaint-card-" + number).click();
        assertThat(phone.locator("#clock-FIRST_RESPONSE-state")).hasText("Breached");
        assertThat(phone.locator("#complaint-history")).containsText("escalated");
        noSidewaysScroll(phone, "a breached complaint");
        shot(phone, "72-phone-complaint-breached");
        phone.context().close();
    }
}
