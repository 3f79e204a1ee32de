package app.rapport.ui.client;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.ui.operator.TenantsView;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientsViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final SignedInUser STAFF = user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF);

    @BeforeEach
    void someClients() {
        for (int i = 1; i <= 30; i++) {
            clients.add("Client %02d".formatted(i), i % 3 == 0 ? "Qingdao" : "Yantai");
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientView> grid() {
        return _get(Grid.class, s -> s.withId("clients-grid"));
    }

    @Test
    void the_start_page_of_a_manager_is_the_client_list_paged_lazily_through_the_api() {
        signIn(MANAGER);
        assertEquals("clients", path());
        assertEquals(30, GridKt._size(grid()));
        assertEquals("Client 01", GridKt._get(grid(), 0).name());
        assertEquals("Client 30", GridKt._get(grid(), 29).name());
        assertTrue(clients.calls().stream().allMatch(c -> c.contains("size=") && !c.contains("size=null")));
    }

    @Test
    void searching_asks_the_api_and_shows_only_what_it_found() {
        signIn(MANAGER);
        _get(TextField.class, s -> s.withId("client-search")).setValue("qingdao");
        assertEquals(10, GridKt._size(grid()));
        assertEquals("Qingdao", GridKt._get(grid(), 0).city());
        assertTrue(clients.calls().stream().anyMatch(c -> c.startsWith("list q=qingdao")), clients.calls()::toString);
    }

    @Test
    void sorting_a_column_sorts_on_the_server() {
        signIn(MANAGER);
        Grid<ClientView> grid = grid();
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("name")).build());
        assertEquals("Client 30", GridKt._get(grid, 0).name());
        assertTrue(clients.calls().stream().anyMatch(c -> c.endsWith("sort=-name")), clients.calls()::toString);
    }

    @Test
    void clicking_a_row_opens_the_client() {
        signIn(MANAGER);
        ClientView first = GridKt._get(grid(), 0);
        GridKt._clickItem(grid(), 0, 1, false, false, false, false);
        assertEquals("clients/" + first.id(), path());
        _get(ClientDetailView.class);
    }

    @Test
    void service_staff_read_the_list_but_cannot_create() {
        signIn(STAFF);
        navigate("clients"); // staff start on their day
        assertEquals(30, GridKt._size(grid()));
        _assertNone(Button.class, s -> s.withId("client-create"));
        navigate("clients/new");
        assertEquals("clients", path());
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
    }

    @Test
    void an_operator_is_not_shown_tenant_data_and_a_manager_not_the_tenant_catalog() {
        signIn(user("operator", null, SignedInUser.OPERATOR));
        assertEquals("operator/tenants", path());
        navigate("clients");
        _get(ForbiddenView.class);
        _assertNone(Grid.class, s -> s.withId("clients-grid"));
        assertTrue(clients.calls().isEmpty(), clients.calls()::toString);
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
