package app.rapport.ui.client;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientsApi;
import app.rapport.api.common.PageView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Reach;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The tenant's clients: search as you type, sort, page lazily through the API; open one; create one. */
@Route(value = "clients", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ClientsView extends VerticalLayout implements HasDynamicTitle {
    final TextField search = new TextField();
    final Grid<ClientView> grid = new Grid<>(ClientView.class, false);
    final Button create = new Button();

    ClientsView(ClientsApi clients, Api api, CurrentUser currentUser) {
        search.setId("client-search");
        search.setPlaceholder(getTranslation("clients.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.setId("client-create");
        create.setText(getTranslation("clients.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(currentUser.require().canEditClients());
        create.addClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(ClientDetailView.class, new RouteParameters(ClientDetailView.ID, ClientDetailView.NEW))));

        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        grid.setId("clients-grid");
        grid.addColumn(ClientView::name)
                .setHeader(getTranslation("client.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("client.kind." + c.kind())).setHeader(getTranslation("client.kind"));
        grid.addColumn(ClientView::city)
                .setHeader(getTranslation("client.city"))
                .setKey("city")
                .setSortable(true);
        grid.addColumn(ClientView::industry).setHeader(getTranslation("client.industry"));
        grid.addComponentColumn(c -> Reach.both(c.email(), c.phone()))
                .setHeader(getTranslation("client.reach"))
                .setKey("reach");
        grid.addColumn(c -> when.format(c.updatedAt()))
                .setHeader(getTranslation("client.updated"))
                .setKey("updatedAt")
                .setSortable(true);
        grid.setItems(
                query ->
                        page(clients, api, query.getPage(), query.getPageSize(), query.getSortOrders())
                                .items()
                                .stream(),
                query -> (int) page(clients, api, 0, 1, List.of()).total());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ClientDetailView.class,
                new RouteParameters(ClientDetailView.ID, e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("clients.empty"));

        HorizontalLayout bar = new HorizontalLayout(search, create);
        add(new H2(getTranslation("clients.title")), bar, grid);
        setSizeFull();
    }

    private PageView<ClientView> page(ClientsApi clients, Api api, int page, int size, List<QuerySortOrder> order) {
        String sort = order.isEmpty()
                ? null
                : (order.get(0).getDirection() == SortDirection.DESCENDING ? "-" : "")
                        + order.get(0).getSorted();
        String q = search.getValue().isBlank() ? null : search.getValue();
        return api.call(() -> clients.list(q, page, Math.min(size, 100), sort));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}
