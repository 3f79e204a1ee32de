package app.rapport.ui.client;

import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.common.PageView;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryApi;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Days;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Reach;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierBadge;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's clients as account managers work them: tier, stage, owner, 12-month revenue (not for service staff)
 * and last contact; filters, sorting on each column and paging done by the API; saved views; ticking clients to hand
 * them over or plan a care action; the list as shown exported to CSV.
 */
@Route(value = "clients", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ClientsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<DirectoryEntry> grid = new Grid<>(DirectoryEntry.class, false);
    final Button create = new Button();
    final ClientFilterBar filters;
    final SavedViewsMenu savedViews;
    final SelectionActions selection;
    private final DirectoryApi directory;
    private final Api api;
    private final Map<String, TierDefinition> tierById = new HashMap<>();
    private String sort;

    ClientsView(DirectoryApi directory, TiersApi tiers, CareApi care, Api api, CurrentUser currentUser) {
        this.directory = directory;
        this.api = api;
        SignedInUser user = currentUser.require();
        boolean manages = user.canEditClients();
        boolean seesRevenue = user.hasAny(SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER);
        List<TierDefinition> tierList = optional(() -> api.body(tiers::settings).tiers(), List.of());
        tierList.forEach(t -> tierById.put(t.id(), t));
        List<Member> members = optional(() -> api.call(care::members), List.of());
        Map<String, String> names = MemberNames.of(members);

        filters = new ClientFilterBar(
                tierList, members, user.hasAny(SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF), this::reload);
        savedViews = new SavedViewsMenu(directory, api, this::filter, this::open);
        selection = new SelectionActions(directory, api, members, grid::getSelectedItems, () -> {
            grid.deselectAll();
            reload();
        });

        create.setId("client-create");
        create.setText(getTranslation("clients.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(manages);
        create.addClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(ClientDetailView.class, new RouteParameters(ClientDetailView.ID, ClientDetailView.NEW))));

        Button importClients = new Button(getTranslation("clients.import"), VaadinIcon.UPLOAD.create());
        importClients.setId("clients-import");
        importClients.setVisible(manages);
        importClients.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClientImportView.class)));

        ZoneId zone = TenantTime.zone();
        NumberFormat money = Formats.money(getLocale());
        money.setMaximumFractionDigits(0);
        List<ClientCsv.Column> csv = new ArrayList<>();
        grid.setId("clients-grid");
        grid.addColumn(DirectoryEntry::name)
                .setHeader(getTranslation("client.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(3)
                .setWidth("14em");
        csv.add(new ClientCsv.Column(getTranslation("client.name"), DirectoryEntry::name));
        csv.add(new ClientCsv.Column(getTranslation("client.kind"), e -> getTranslation("client.kind." + e.kind())));
        grid.addComponentColumn(this::tierBadge)
                .setHeader(getTranslation("clients.filter.tier"))
                .setKey("tier")
                .setSortable(true)
                .setAutoWidth(true);
        csv.add(new ClientCsv.Column(getTranslation("clients.filter.tier"), this::tierName));
        grid.addColumn(e -> getTranslation("stage." + e.stage()))
                .setHeader(getTranslation("clients.filter.stage"))
                .setKey("stage")
                .setSortable(true)
                .setAutoWidth(true);
        csv.add(new ClientCsv.Column(
                getTranslation("clients.filter.stage"), e -> getTranslation("stage." + e.stage())));
        grid.addColumn(e -> e.owner() == null ? "—" : names.getOrDefault(e.owner(), e.owner()))
                .setHeader(getTranslation("clients.filter.owner"))
                .setKey("owner")
                .setSortable(true)
                .setAutoWidth(true);
        csv.add(new ClientCsv.Column(
                getTranslation("clients.filter.owner"),
                e -> e.owner() == null ? "" : names.getOrDefault(e.owner(), e.owner())));
        if (seesRevenue) {
            grid.addColumn(e -> e.revenue12m() == null ? "" : money.format(e.revenue12m()))
                    .setHeader(getTranslation("clients.revenue"))
                    .setKey("revenue12m")
                    .setSortable(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
            csv.add(new ClientCsv.Column(
                    getTranslation("clients.revenue"),
                    e -> e.revenue12m() == null ? "" : e.revenue12m().toPlainString()));
        }
        grid.addColumn(e -> e.lastContactAt() == null
                        ? getTranslation("clients.lastContact.never")
                        : Days.relative(e.lastContactAt().atZone(zone).toLocalDate()))
                .setHeader(getTranslation("clients.lastContact"))
                .setKey("lastContactAt")
                .setSortable(true)
                .setAutoWidth(true);
        csv.add(new ClientCsv.Column(
                getTranslation("clients.lastContact"), e -> ClientCsv.day(e.lastContactAt(), zone)));
        grid.addColumn(DirectoryEntry::city)
                .setHeader(getTranslation("client.city"))
                .setKey("city")
                .setSortable(true);
        csv.add(new ClientCsv.Column(getTranslation("client.city"), DirectoryEntry::city));
        grid.addComponentColumn(e -> Reach.both(e.email(), e.phone()))
                .setHeader(getTranslation("client.reach"))
                .setKey("reach");
        csv.add(new ClientCsv.Column(getTranslation("client.email"), DirectoryEntry::email));
        csv.add(new ClientCsv.Column(getTranslation("client.phone"), DirectoryEntry::phone));
        grid.setMultiSort(false);
        if (manages) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> selection.update());
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        grid.setItems(
                query -> {
                    List<QuerySortOrder> order = query.getSortOrders();
                    sort = order.isEmpty()
                            ? null
                            : (order.get(0).getDirection() == SortDirection.DESCENDING ? "-" : "")
                                    + order.get(0).getSorted();
                    return page(query.getPage(), query.getPageSize()).items().stream();
                },
                query -> (int) page(0, 1).total());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ClientDetailView.class,
                new RouteParameters(ClientDetailView.ID, e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setMinHeight("20em");

        H2 title = new H2(getTranslation("clients.title"));
        title.getStyle().set("margin", "0 var(--lumo-space-s) 0 0");
        FlexLayout top = new FlexLayout(title, create, importClients);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("gap", "var(--lumo-space-m)");
        FlexLayout views = new FlexLayout(
                savedViews, ClientCsv.link(directory, api, this::filter, csv, getTranslation("clients.export")));
        views.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        views.setAlignItems(FlexComponent.Alignment.BASELINE);
        views.getStyle().set("gap", "var(--lumo-space-m)");
        add(top, filters, views, selection, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private static <T> T optional(java.util.function.Supplier<T> read, T otherwise) {
        try {
            T v = read.get();
            return v == null ? otherwise : v;
        } catch (ApiProblem p) {
            return otherwise;
        }
    }

    ClientFilter filter() {
        return filters.filter(sort);
    }

    private void open(ClientFilter f) {
        filters.show(f);
        sort = f.sort();
        String key = sort == null ? null : sort.replace("-", "");
        Grid.Column<DirectoryEntry> column = key == null ? null : grid.getColumnByKey(key);
        if (column != null) {
            grid.sort(List.of(new GridSortOrder<>(
                    column, sort.startsWith("-") ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } else {
            grid.sort(List.of());
        }
        reload();
    }

    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    private PageView<DirectoryEntry> page(int page, int size) {
        ClientFilter f = filter();
        return api.call(() -> directory.list(
                f.q(),
                f.tier(),
                f.stage(),
                f.owner(),
                f.mine() ? Boolean.TRUE : null,
                f.silentDays(),
                page,
                Math.min(size, 100),
                f.sort()));
    }

    private String tierName(DirectoryEntry e) {
        TierDefinition t = e.tierId() == null ? null : tierById.get(e.tierId());
        return t == null ? getTranslation("tiers.unclassified") : TierNames.of(t, getLocale());
    }

    private Component tierBadge(DirectoryEntry e) {
        TierDefinition t = e.tierId() == null ? null : tierById.get(e.tierId());
        Span badge = new Span(tierName(e));
        badge.addClassName("tier-badge");
        TierBadge.paint(badge, t == null ? null : t.colour());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}
