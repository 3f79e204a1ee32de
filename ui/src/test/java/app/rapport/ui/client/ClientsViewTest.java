package app.rapport.ui.client;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.operator.TenantsView;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryDirectory.Standing;
import app.rapport.ui.support.InMemoryTiers;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientsViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF);
    private TierDefinition gold;

    @BeforeEach
    void someClients() {
        gold = InMemoryTiers.tier("Gold", 1, "10000", "#fff3b0");
        tiers.define(gold, InMemoryTiers.tier("Basic", 2, "0", "#1a7f5a"));
        for (int i = 1; i <= 30; i++) {
            ClientView c = clients.add("Client %02d".formatted(i), i % 3 == 0 ? "Qingdao" : "Yantai");
            directory.stand(
                    c.id(),
                    new Standing(
                            i <= 5 ? gold.id() : null,
                            i % 10 == 0 ? Stage.DECLINE : Stage.FORMATION,
                            i % 2 == 0 ? "harbour.manager" : null,
                            new BigDecimal(i * 1000),
                            i % 4 == 0 ? null : Instant.now().minus(i, ChronoUnit.DAYS)));
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<DirectoryEntry> grid() {
        return _get(Grid.class, s -> s.withId("clients-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    private String lastList() {
        List<String> lists =
                directory.calls().stream().filter(c -> c.startsWith("list")).toList();
        return lists.get(lists.size() - 1);
    }

    @Test
    void the_start_page_of_a_manager_is_the_client_list_with_the_columns_of_the_relationship() {
        signIn(MANAGER);
        assertEquals("clients", path());
        Grid<DirectoryEntry> grid = grid();
        assertEquals(30, GridKt._size(grid));
        for (String key : List.of("name", "tier", "stage", "owner", "revenue12m", "lastContactAt", "city", "reach")) {
            assertTrue(grid.getColumnByKey(key) != null, key);
            assertTrue(key.equals("reach") || grid.getColumnByKey(key).isSortable(), key + " sorts on the server");
        }
        assertEquals("Gold", ((Span) GridKt._getCellComponent(grid, 0, "tier")).getText());
        assertEquals("Formation", GridKt._getFormatted(grid, 0, "stage"));
        assertEquals("harbour.manager", GridKt._getFormatted(grid, 1, "owner"));
        assertEquals("—", GridKt._getFormatted(grid, 0, "owner"));
        assertEquals("Never", GridKt._getFormatted(grid, 3, "lastContactAt"));
        assertEquals("1 day ago", GridKt._getFormatted(grid, 0, "lastContactAt").replace("yesterday", "1 day ago"));
        assertTrue(directory.calls().stream().allMatch(c -> c.contains("size=") && !c.contains("size=null")));
    }

    @Test
    void every_filter_asks_the_api_and_shows_only_what_it_found() {
        signIn(MANAGER);
        _get(TextField.class, s -> s.withId("client-search")).setValue("qingdao");
        assertEquals(10, GridKt._size(grid()));
        assertTrue(lastList().startsWith("list q=qingdao"), lastList());
        _get(TextField.class, s -> s.withId("client-search")).clear();

        ClientsViewTest.<String>select("filter-tier").setValue(gold.id());
        assertEquals(5, GridKt._size(grid()));
        assertTrue(lastList().contains("tier=" + gold.id()), lastList());
        ClientsViewTest.<String>select("filter-tier").setValue(ClientFilter.NONE);
        assertEquals(25, GridKt._size(grid()));
        ClientsViewTest.<String>select("filter-tier").setValue("");

        ClientsViewTest.<Stage>select("filter-stage").setValue(Stage.DECLINE);
        assertEquals(3, GridKt._size(grid()));
        ClientsViewTest.<Stage>select("filter-stage").setValue(null);

        _get(Checkbox.class, s -> s.withId("filter-mine")).setValue(true);
        assertEquals(15, GridKt._size(grid()));
        assertTrue(lastList().contains("mine=true"), lastList());
        assertFalse(ClientsViewTest.<String>select("filter-owner").isEnabled(), "mine is the owner filter");
        _get(Checkbox.class, s -> s.withId("filter-mine")).setValue(false);

        ClientsViewTest.<String>select("filter-owner").setValue(ClientFilter.NONE);
        assertEquals(15, GridKt._size(grid()));
        assertTrue(lastList().contains("owner=-"), lastList());
        ClientsViewTest.<String>select("filter-owner").setValue("");

        _get(IntegerField.class, s -> s.withId("filter-silent")).setValue(20);
        assertTrue(GridKt._size(grid()) > 0);
        assertTrue(lastList().contains("silentDays=20"), lastList());
        assertTrue(grid().getGenericDataView()
                .getItems()
                .allMatch(e -> e.lastContactAt() == null
                        || e.lastContactAt().isBefore(Instant.now().minus(20, ChronoUnit.DAYS))));
    }

    @Test
    void sorting_a_column_sorts_on_the_server() {
        signIn(MANAGER);
        Grid<DirectoryEntry> grid = grid();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("revenue12m")).build());
        assertEquals("Client 30", GridKt._get(grid, 0).name());
        assertTrue(lastList().endsWith("sort=-revenue12m"), lastList());
    }

    @Test
    void a_saved_view_brings_back_its_filters_and_order_and_can_be_deleted() {
        signIn(MANAGER);
        _get(Checkbox.class, s -> s.withId("filter-mine")).setValue(true);
        grid().sort(GridSortOrder.desc(grid().getColumnByKey("revenue12m")).build());
        _click(_get(Button.class, s -> s.withId("saved-view-save")));
        _get(TextField.class, s -> s.withId("saved-view-name")).setValue("My best");
        _click(_get(Button.class, s -> s.withId("saved-view-ok")));
        assertEquals(
                "My best",
                ClientsViewTest.<app.rapport.api.directory.SavedView>select("saved-views")
                        .getValue()
                        .name(),
                "the view just saved is the one shown");

        signIn(MANAGER); // a new visit: the plain list, the view is there to pick
        assertEquals(30, GridKt._size(grid()));
        Select<app.rapport.api.directory.SavedView> views = select("saved-views");
        views.setValue(views.getListDataView().getItems().findFirst().orElseThrow());
        assertEquals(15, GridKt._size(grid()));
        assertTrue(_get(Checkbox.class, s -> s.withId("filter-mine")).getValue());
        assertEquals("Client 30", GridKt._get(grid(), 0).name());

        _click(_get(Button.class, s -> s.withId("saved-view-save")));
        _get(TextField.class, s -> s.withId("saved-view-name")).setValue("My best");
        _click(_get(Button.class, s -> s.withId("saved-view-ok")));
        assertTrue(_get(TextField.class, s -> s.withId("saved-view-name")).isInvalid(), "the name is taken");
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();

        _click(_get(Button.class, s -> s.withId("saved-view-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertTrue(directory.views().isEmpty());
        assertNull(ClientsViewTest.<Object>select("saved-views").getValue());
    }

    @Test
    void ticked_clients_are_handed_over_or_get_a_care_action_at_once() {
        signIn(MANAGER);
        Grid<DirectoryEntry> grid = grid();
        _assertNone(Span.class, s -> s.withId("selection-count"));
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 2));
        assertEquals(
                "2 selected", _get(Span.class, s -> s.withId("selection-count")).getText());

        _click(_get(Button.class, s -> s.withId("selection-handover")));
        ClientsViewTest.<String>select("handover-owner").setValue("amy");
        _click(_get(Button.class, s -> s.withId("handover-ok")));
        assertTrue(directory.calls().contains("handover 2 to amy"), directory.calls()::toString);
        assertEquals("Amy Account", GridKt._getFormatted(grid, 0, "owner"));
        assertTrue(grid.getSelectedItems().isEmpty());

        grid.select(GridKt._get(grid, 1));
        _click(_get(Button.class, s -> s.withId("selection-plan")));
        _click(_get(Button.class, s -> s.withId("plan-ok")));
        assertTrue(_get(TextField.class, s -> s.withId("plan-title")).isInvalid(), "a title is needed");
        _get(TextField.class, s -> s.withId("plan-title")).setValue("New year greeting");
        _click(_get(Button.class, s -> s.withId("plan-ok")));
        assertTrue(directory.calls().contains("plan CALL 'New year greeting' for 1"), directory.calls()::toString);
    }

    @Test
    void the_export_is_the_list_as_shown_in_the_readers_language_safe_for_a_spreadsheet() {
        ClientView c = clients.all().get(0);
        DirectoryEntry e = new DirectoryEntry(
                c.id(),
                c.kind(),
                "=HYPERLINK(\"x\")",
                "Qing, dao",
                null,
                "+86 138 0000 0000",
                null,
                Stage.DECLINE,
                null,
                new BigDecimal("1200.50"),
                null,
                null);
        byte[] csv = ClientCsv.csv(
                List.of(e),
                List.of(
                        new ClientCsv.Column("名称", DirectoryEntry::name),
                        new ClientCsv.Column("城市", DirectoryEntry::city),
                        new ClientCsv.Column("电话", DirectoryEntry::phone),
                        new ClientCsv.Column("收入", x -> x.revenue12m().toPlainString())));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals(
                "\uFEFF名称,城市,电话,收入\r\n\"'=HYPERLINK(\"\"x\"\")\",\"Qing, dao\",+86 138 0000 0000,1200.50\r\n", text);
        signIn(MANAGER);
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("clients-export"));
        assertEquals(
                30,
                ClientCsv.all(directory, context.getBean(app.rapport.ui.platform.api.Api.class), ClientFilter.all())
                        .size());
    }

    @Test
    void service_staff_read_the_list_without_revenue_and_cannot_create_or_act_on_a_selection() {
        directory.asStaff();
        signIn(STAFF);
        navigate("clients"); // staff start on their day
        assertEquals(30, GridKt._size(grid()));
        assertNull(grid().getColumnByKey("revenue12m"));
        assertEquals(Grid.SelectionMode.NONE, selectionMode(grid()));
        _assertNone(Button.class, s -> s.withId("client-create"));
        navigate("clients/new");
        assertEquals("clients", path());
    }

    private static Grid.SelectionMode selectionMode(Grid<?> grid) {
        return grid.getSelectionModel() instanceof com.vaadin.flow.data.selection.MultiSelect
                ? Grid.SelectionMode.MULTI
                : grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridNoneSelectionModel
                        ? Grid.SelectionMode.NONE
                        : Grid.SelectionMode.SINGLE;
    }

    @Test
    void clicking_a_row_opens_the_client() {
        signIn(MANAGER);
        DirectoryEntry first = GridKt._get(grid(), 0);
        GridKt._clickItem(grid(), 0, 1, false, false, false, false);
        assertEquals("clients/" + first.id(), path());
        _get(ClientDetailView.class);
    }

    @Test
    void an_empty_workspace_says_so() {
        clients.all().forEach(c -> clients.delete(c.id(), null));
        signIn(MANAGER);
        assertEquals(0, GridKt._size(grid()));
        assertEquals("No clients found.", grid().getEmptyStateText());
    }

    @Test
    void the_list_speaks_chinese_when_chosen() {
        signIn(MANAGER, Locale.SIMPLIFIED_CHINESE);
        assertEquals("客户", _get(H2.class).getText());
        assertEquals("名称", grid().getColumnByKey("name").getHeaderText());
        assertEquals("负责人", grid().getColumnByKey("owner").getHeaderText());
        assertEquals("Gold客户", ((Span) GridKt._getCellComponent(grid(), 0, "tier")).getText());
        assertEquals("形成期", GridKt._getFormatted(grid(), 0, "stage"));
    }

    @Test
    void an_operator_is_not_shown_tenant_data_and_a_manager_not_the_tenant_catalog() {
        signIn(user("operator", null, SignedInUser.OPERATOR));
        assertEquals("operator/tenants", path());
        navigate("clients");
        _get(ForbiddenView.class);
        _assertNone(Grid.class, s -> s.withId("clients-grid"));
        assertTrue(directory.calls().isEmpty(), directory.calls()::toString);
        List.of(MANAGER, STAFF).forEach(u -> {
            signIn(u);
            navigate("operator/tenants");
            _get(ForbiddenView.class);
            _assertNone(TenantsView.class);
        });
    }

    @Test
    void a_phone_number_in_the_list_is_a_link_a_tap_calls() {
        clients.all().forEach(c -> clients.delete(c.id(), null));
        clients.addPerson("Lin Mei", "Suzhou");
        signIn(MANAGER);
        com.vaadin.flow.component.Component reach = GridKt._getCellComponent(grid(), 0, "reach");
        com.vaadin.flow.component.html.Anchor call =
                _get(reach, com.vaadin.flow.component.html.Anchor.class, s -> s.withClasses("reach-phone"));
        assertEquals("tel:+8613800000000", call.getHref());
        assertEquals("+86 138 0000 0000", call.getText());
    }
}
