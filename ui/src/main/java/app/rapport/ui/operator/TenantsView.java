package app.rapport.ui.operator;

import app.rapport.api.common.PageView;
import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;

/** The tenant catalog: status, schema version, last migration; provision, suspend, resume, migrate. */
@Route(value = "operator/tenants", layout = MainLayout.class)
@Allowed(SignedInUser.OPERATOR)
@Prototype
public class TenantsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<TenantView> grid = new Grid<>(TenantView.class, false);
    final TenantForm form = new TenantForm();
    final Button migrate = new Button();
    final Span lastRun = new Span();
    final TextField filter = new TextField();
    final Select<TenantStatus> status = new Select<>();
    private final OperatorApi operator;
    private final Api api;
    private final TenantActions actions;

    TenantsView(OperatorApi operator, Api api) {
        this.operator = operator;
        this.api = api;
        this.actions = new TenantActions(operator, api, this::refresh);
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        grid.setId("tenants-grid");
        grid.setEmptyStateText(getTranslation("empty.tenants"));
        grid.addColumn(TenantView::slug).setHeader(getTranslation("tenant.slug"));
        grid.addColumn(TenantView::displayName)
                .setHeader(getTranslation("tenant.name"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation("tenant.status." + t.status())).setHeader(getTranslation("tenant.status"));
        grid.addColumn(t -> t.schemaVersion() == null
                        ? "-"
                        : t.schemaVersion() + (t.schemaCurrent() ? "" : " " + getTranslation("tenant.lagging")))
                .setHeader(getTranslation("tenant.schemaVersion"));
        grid.addColumn(t -> t.lastMigrationAt() == null ? "-" : when.format(t.lastMigrationAt()))
                .setHeader(getTranslation("tenant.lastMigration"));
        grid.addColumn(t -> t.lastMigration() == null
                        ? "-"
                        : t.lastMigration().ok()
                                ? getTranslation(
                                        "tenant.migration.ok",
                                        t.lastMigration().applied(),
                                        t.lastMigration().millis())
                                : getTranslation(
                                        "tenant.migration.failed",
                                        t.lastMigration().error()))
                .setHeader(getTranslation("tenant.lastResult"))
                .setFlexGrow(2);
        grid.addComponentColumn(t -> actions.of(t))
                .setHeader(getTranslation("tenant.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);

        form.addCreateListener(e -> provision(e.command()));
        migrate.setText(getTranslation("tenant.migrate"));
        migrate.setId("tenant-migrate");
        migrate.addClickListener(e -> runMigrations());
        Button refresh = new Button(getTranslation("action.refresh"), e -> refresh());
        filter.setId("tenant-filter");
        filter.setPlaceholder(getTranslation("tenant.filter"));
        filter.setAriaLabel(getTranslation("tenant.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidth("22em");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        status.setId("tenant-status-filter");
        status.setAriaLabel(getTranslation("tenant.status"));
        status.setItems(TenantStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.all"));
        status.setItemLabelGenerator(
                st -> st == null ? getTranslation("filter.all") : getTranslation("tenant.status." + st));
        status.addValueChangeListener(e -> refresh());
        grid.setItems(q -> page(q.getPage(), q.getPageSize()).items().stream(), q ->
                (int) page(0, 1).total());
        grid.addItemClickListener(e -> {
            if (!"actions".equals(e.getColumn() == null ? null : e.getColumn().getKey())) {
                getUI().ifPresent(ui -> ui.navigate(
                        TenantDetailView.class,
                        new RouteParameters(TenantDetailView.SLUG, e.getItem().slug())));
            }
        });
        add(
                new H2(getTranslation("tenants.title")),
                form,
                new HorizontalLayout(migrate, refresh, lastRun),
                new HorizontalLayout(filter, status),
                grid);
        setSizeFull();
    }

    private void provision(CreateTenant command) {
        try {
            ProvisionedTenant p = api.body(() -> operator.create(command));
            ProvisionedDialog.open(p);
            form.clear();
        } catch (ApiProblem p) {
            if (!form.showErrors(p.fields())) {
                Notices.problem(p);
            }
        }
        refresh();
    }

    private void runMigrations() {
        try {
            MigrationRunView run = api.body(() -> operator.migrate(null));
            lastRun.setText(getTranslation("tenant.migrationStarted", run.id().substring(0, 8)));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    /** The catalog again, as filtered: the tenants whose slug, name or admin e-mail holds the text, of a status. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private PageView<TenantView> page(int page, int size) {
        String q = filter.getValue().isBlank() ? null : filter.getValue().strip();
        return api.call(() -> operator.tenants(q, status.getValue(), page, Math.min(size, 200)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }
}
