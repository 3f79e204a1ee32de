package app.rapport.ui.onetoone;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.OfferStatus;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client 360 page's one-to-one tabs, for each role. */
class ClientRecordTabsTest extends ViewTest {
    private static final SignedInUser ADMIN = user("harbour.admin", "harbour-hotel", SignedInUser.TENANT_ADMIN);
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    private ClientView openAs(SignedInUser user, String tab) {
        ClientView c = clients.add("Zhang Household", "Hangzhou");
        signIn(user);
        navigate("clients/" + c.id());
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("client-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("tab-" + tab)));
        return c;
    }

    @Test
    void a_manager_records_a_typed_fact_and_sees_a_wrong_type_marked() {
        openAs(MANAGER, "identify");
        _get(TextField.class, s -> s.withId("fact-label")).setValue("People at home");
        _get(TextField.class, s -> s.withId("fact-value")).setValue("4");
        _click(_get(Button.class, s -> s.withId("fact-add")));
        assertEquals(1, records.facts.size());
        assertTrue(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("fact-purpose"))
                .getText()
                .startsWith("Purpose:"));
    }

    @Test
    void staff_read_the_profile_but_add_to_the_dialogue() {
        records.facts.add(new FactView(
                "f1",
                app.rapport.api.onetoone.FactCategory.PREFERENCE,
                "Variety",
                app.rapport.api.onetoone.FactType.TEXT,
                "Jasmine",
                "harbour.manager",
                java.time.Instant.now()));
        ClientView c = openAs(STAFF, "identify");
        _assertNone(Button.class, s -> s.withId("fact-add"));
        @SuppressWarnings("unchecked")
        Grid<FactView> facts = _get(Grid.class, s -> s.withId("facts-grid"));
        assertEquals(1, GridKt._size(facts));
        _get(TabSheet.class, s -> s.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-interact")));
        _get(TextField.class, s -> s.withId("interaction-summary")).setValue("Asked for a smaller bag");
        _click(_get(Button.class, s -> s.withId("interaction-add")));
        assertEquals("Asked for a smaller bag", records.interactions.get(0).summary());
        _assertNone(Tab.class, s -> s.withId("tab-privacy"));
        assertTrue(c.id().length() > 0);
    }

    @Test
    void the_differentiate_tab_shows_the_tier_and_why() {
        TierDefinition key = InMemoryTiers.tier("Key", 1, "20000", "#1a7f5a");
        tiers.define(key);
        ClientView c = clients.add("Zhang Household", "Hangzhou");
        tiers.place(c.id(), key, "revenue 25000.00 meets the Key threshold 20000.00");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        _get(TabSheet.class, s -> s.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-differentiate")));
        assertEquals("Key", _get(Span.class, s -> s.withId("client-tier")).getText());
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.tier.TierChangeView> history = _get(Grid.class, s -> s.withId("tier-history"));
        String why = GridKt._getFormatted(history, 0, "reason");
        assertTrue(
                why.startsWith("Revenue ") && why.contains("20,000") && why.contains("meets the tier’s threshold"),
                why);
    }

    @Test
    void a_tiers_promise_reads_in_the_readers_language_and_falls_back_to_the_written_one() {
        TierDefinition key = InMemoryTiers.tier("Key", 1, "20000", "#1a7f5a");
        tiers.define(key);
        ClientView c = clients.add("Zhang Household", "Hangzhou");
        tiers.place(c.id(), key, "threshold");
        signIn(MANAGER, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        _get(TabSheet.class, s -> s.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-differentiate")));
        assertTrue(_get(Paragraph.class, s -> s.withId("tier-entitlements"))
                .getText()
                .contains("专属客户经理"));
        signIn(MANAGER, java.util.Locale.TRADITIONAL_CHINESE);
        navigate("clients/" + c.id());
        _get(TabSheet.class, s -> s.withId("client-tabs"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-differentiate")));
        assertTrue(_get(Paragraph.class, s -> s.withId("tier-entitlements"))
                .getText()
                .contains("A named manager"));
    }

    @Test
    void an_offer_is_proposed_and_its_answer_recorded_once() {
        openAs(MANAGER, "customise");
        _get(TextField.class, s -> s.withId("offer-kind")).setValue("Early harvest");
        _get(TextField.class, s -> s.withId("offer-what")).setValue("5 kg new-harvest rice");
        _get(TextField.class, s -> s.withId("offer-why")).setValue("Asked about the new harvest");
        _click(_get(Button.class, s -> s.withId("offer-propose")));
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.onetoone.OfferView> offers = _get(Grid.class, s -> s.withId("offers-grid"));
        var answer = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                GridKt._getCellComponent(offers, 0, "answer");
        _click((Button) answer.getComponentAt(0));
        assertEquals(OfferStatus.ACCEPTED, records.offers.get(0).status());
        assertEquals("Accepted", GridKt._getFormatted(offers, 0, "status"));
        assertTrue(
                GridKt._getCellComponent(offers, 0, "answer") instanceof Span, "an answered offer offers no buttons");
    }

    @Test
    void only_admins_export_and_erase_personal_data() {
        openAs(ADMIN, "privacy");
        _click(_get(Button.class, s -> s.withId("privacy-export")));
        assertTrue(
                _get(Pre.class, s -> s.withId("privacy-text")).getText().startsWith("Personal data held by Rapport"));
        assertTrue(
                _get(Button.class, s -> s.withId("privacy-erase")).isEnabled() == false,
                "an organisation is not erased as a person");
    }

    @Test
    void an_admin_erases_a_person_once_and_the_page_says_so_in_the_readers_language() {
        ClientView c = clients.addPerson("Lin Mei", "Suzhou");
        signIn(ADMIN, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("client-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("tab-privacy")));
        Button erase = _get(Button.class, s -> s.withId("privacy-erase"));
        assertTrue(erase.isEnabled());
        _click(erase);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertEquals(List.of(c.id()), records.erased);
        navigate("clients/" + c.id());
        tabs = _get(TabSheet.class, s -> s.withId("client-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("tab-privacy")));
        assertFalse(_get(Button.class, s -> s.withId("privacy-erase")).isEnabled(), "erased once, not twice");
        String title = _get(com.vaadin.flow.component.html.H2.class).getText();
        assertTrue(title.startsWith("已删除个人数据的客户 #"), title);
        assertFalse(title.contains("Lin Mei"));
    }

    @Test
    void empty_sections_say_what_they_are_for_and_how_to_fill_them() {
        ClientView c = clients.add("Zhou Household", "Wuxi");
        signIn(MANAGER, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("client-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("tab-identify")));
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.onetoone.FactView> facts = _get(Grid.class, s -> s.withId("facts-grid"));
        assertEquals("还没有事实记录。请记录您了解到的客户信息：家庭、偏好、重要日期。", facts.getEmptyStateText());
    }
}
