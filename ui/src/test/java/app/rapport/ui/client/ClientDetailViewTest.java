package app.rapport.ui.client;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactView;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientDetailViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    void a_manager_creates_a_client_with_a_contact_and_lands_on_it() {
        signIn(MANAGER);
        _click(_get(Button.class, s -> s.withId("client-create")));
        assertEquals("clients/new", path());
        field("client-name").setValue("Qingdao Sailing Club");
        field("client-city").setValue("Qingdao");
        _click(_get(Button.class, s -> s.withId("contact-add")));
        _get(TextField.class, s -> s.withId("contact-name")).setValue("Chen Hao");
        _click(_get(Button.class, s -> s.withId("contact-confirm")));
        _click(_get(Button.class, s -> s.withId("client-save")));

        List<ClientView> stored = clients.all();
        assertEquals(1, stored.size());
        ClientView c = stored.get(0);
        assertEquals("Qingdao Sailing Club", c.name());
        assertEquals(
                List.of("Chen Hao"),
                c.contacts().stream().map(ContactView::name).toList());
        assertEquals("clients/" + c.id(), path());
        NotificationsKt.expectNotifications("Client saved.");
        assertEquals("Qingdao Sailing Club", _get(H2.class).getText());
    }

    @Test
    void a_blank_name_is_marked_and_nothing_is_sent() {
        signIn(MANAGER);
        navigate("clients/new");
        field("client-city").setValue("Qingdao");
        _click(_get(Button.class, s -> s.withId("client-save")));
        assertTrue(field("client-name").isInvalid());
        assertEquals("Required", field("client-name").getErrorMessage());
        assertTrue(clients.all().isEmpty());
        assertEquals("clients/new", path());
    }

    @Test
    void a_malformed_email_is_marked_before_anything_is_sent() {
        signIn(MANAGER);
        navigate("clients/new");
        field("client-name").setValue("Mail Co");
        _get(EmailField.class, s -> s.withId("client-email")).setValue("not-an-address");
        _click(_get(Button.class, s -> s.withId("client-save")));
        assertTrue(_get(EmailField.class, s -> s.withId("client-email")).isInvalid());
        assertTrue(clients.all().isEmpty());
    }

    @Test
    void a_field_the_api_refuses_is_marked_on_the_form_and_the_input_kept() {
        signIn(MANAGER);
        navigate("clients/new");
        field("client-name").setValue("Web Co");
        field("client-website").setValue("https://web.example");
        clients.refuseNext(new ProblemView(
                null,
                "Bad Request",
                400,
                "website: size must be between 0 and 254",
                null,
                "invalid-input",
                null,
                List.of(new ProblemView.FieldProblem("website", FieldCode.SIZE, Map.of("min", 0, "max", 254)))));
        _click(_get(Button.class, s -> s.withId("client-save")));
        assertTrue(field("client-website").isInvalid());
        assertEquals("At most 254 characters or items.", field("client-website").getErrorMessage());
        assertEquals("Web Co", field("client-name").getValue());
        assertTrue(clients.all().isEmpty());
    }

    @Test
    void saving_over_someone_elses_change_is_refused_and_their_version_can_be_loaded() {
        ClientView c = clients.add("Conflict Co", "Qingdao");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        details();
        assertEquals("Qingdao", field("client-city").getValue());
        clients.changeBehindTheViewsBack(c.id(), "Suzhou");

        field("client-city").setValue("Wuxi");
        _click(_get(Button.class, s -> s.withId("client-save")));
        Dialog conflict = _get(Dialog.class, s -> s.withId("conflict-dialog"));
        assertTrue(conflict.isOpened());
        assertEquals("Suzhou", clients.all().get(0).city(), "nothing of theirs is overwritten");

        _click(_get(Button.class, s -> s.withId("conflict-reload")));
        assertEquals("Suzhou", field("client-city").getValue());
        field("client-city").setValue("Wuxi");
        _click(_get(Button.class, s -> s.withId("client-save")));
        assertEquals("Wuxi", clients.all().get(0).city());
        assertEquals(2, clients.all().get(0).version());
    }

    @Test
    void contacts_of_a_saved_client_are_added_and_removed_at_once() {
        ClientView c = clients.add("Contact Co", "Qingdao");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        details();
        _click(_get(Button.class, s -> s.withId("contact-add")));
        _get(TextField.class, s -> s.withId("contact-name")).setValue("Li Na");
        _click(_get(Button.class, s -> s.withId("contact-confirm")));
        assertEquals(1, clients.all().get(0).contacts().size());
        @SuppressWarnings("unchecked")
        Grid<ContactView> grid = _get(Grid.class, s -> s.withId("contacts-grid"));
        assertEquals(1, GridKt._size(grid));
        assertEquals("Li Na", GridKt._get(grid, 0).name());
    }

    @Test
    void a_client_that_is_not_there_reads_not_found() {
        signIn(MANAGER);
        navigate("clients/00000000-0000-0000-0000-000000000000");
        assertEquals("Not found", _get(H2.class, s -> s.withId("error-title")).getText());
        _assertNone(TextField.class, s -> s.withId("client-name"));
    }

    @Test
    void deleting_goes_back_to_the_list() {
        ClientView c = clients.add("Gone Co", "Qingdao");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        details();
        _click(_get(Button.class, s -> s.withId("client-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertEquals(
                "Delete “Gone Co”?",
                _get(com.vaadin.flow.component.html.H3.class, s -> s.withId("confirm-header"))
                        .getText());
        assertEquals(1, clients.all().size(), "nothing is deleted before the answer");
        ConfirmDialogKt._fireConfirm(confirm);
        assertTrue(clients.all().isEmpty());
        assertEquals("clients", path());
    }

    @Test
    void service_staff_see_a_client_read_only() {
        ClientView c = clients.add("Read Co", "Qingdao");
        signIn(user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("clients/" + c.id());
        details();
        assertTrue(field("client-name").isReadOnly());
        _assertNone(Button.class, s -> s.withId("client-save"));
        _assertNone(Button.class, s -> s.withId("client-delete"));
        _assertNone(Button.class, s -> s.withId("contact-add"));
        assertFalse(clients.all().get(0).version() > 0);
    }

    @Test
    void the_summary_shows_how_the_last_year_compares_with_the_one_before() {
        ClientView c = clients.add("Trend Co", "Qingdao");
        tiers.place(c.id(), app.rapport.ui.support.InMemoryTiers.tier("Gold", 1, "10000", "#c9a227"), "grew");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        assertEquals(
                "▲ 25% on the 12 months before",
                _get(Span.class, s -> s.withId("summary-trend")).getText());
        signIn(MANAGER, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("clients/" + c.id());
        assertEquals(
                "▲ 比前 12 个月增长 25%",
                _get(Span.class, s -> s.withId("summary-trend")).getText());
    }

    @Test
    void the_page_opens_on_a_summary_and_says_when_part_of_it_could_not_be_read() {
        ClientView c = clients.add("Summary Co", "Qingdao");
        signIn(MANAGER);
        navigate("clients/" + c.id());
        _get(com.vaadin.flow.component.orderedlayout.FlexLayout.class, s -> s.withId("client-summary"));
        assertEquals(
                "Not classified",
                _get(Span.class, s -> s.withId("summary-tier")).getText());
        _assertNone(Span.class, s -> s.withId("summary-unavailable"));
        tiers.unavailable = true;
        navigate("clients/" + c.id());
        assertTrue(_get(Span.class, s -> s.withId("summary-unavailable")).isVisible(), "not silently");
        assertEquals("Summary Co", _get(com.vaadin.flow.component.html.H2.class).getText(), "the page still opens");
    }

    /** The page opens on the summary; the form is the Details tab. */
    private static void details() {
        com.vaadin.flow.component.tabs.TabSheet tabs =
                _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("client-tabs"));
        tabs.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("tab-details")));
    }
}
