package app.rapport.ui.operator;

import app.rapport.api.operator.CreateTenant;
import app.rapport.api.operator.MigrationRunView;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.ProvisionedTenant;
import app.rapport.api.operator.TenantDeletion;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

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
    private final OperatorApi operator;
    private final Api api;

    TenantsView(OperatorApi operator, Api api) {
        this.operator = operator;
        this.api = api;
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
        grid.addComponentColumn(this::actions)
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
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> refresh());
        add(
                new H2(getTranslation("tenants.title")),
                form,
                new HorizontalLayout(migrate, refresh, lastRun),
                filter,
                grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(TenantView t) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (t.status() == TenantStatus.ACTIVE) {
            Button b = new Button(
                    getTranslation("tenant.suspend"),
                    e -> Confirm.before(
                            getTranslation("tenant.suspend"),
                            t.displayName(),
                            getTranslation("tenant.suspend.text"),
                            () -> act(() -> operator.suspend(t.slug()))));
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            b.setId("suspend-" + t.slug());
            row.add(b);
        } else if (t.status() == TenantStatus.SUSPENDED) {
            Button b = new Button(getTranslation("tenant.resume"), e -> act(() -> operator.resume(t.slug())));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.setId("resume-" + t.slug());
            row.add(b);
        } else if (t.status() == TenantStatus.FAILED) {
            Button b = new Button(getTranslation("tenant.retry"), e -> retry(t.slug()));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.setId("retry-" + t.slug());
            row.add(b);
        }
        if (t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.SUSPENDED) {
            row.add(TenantExport.link(t.slug(), operator, api, getTranslation("tenant.export")));
        }
        if (t.status() == TenantStatus.SUSPENDED || t.status() == TenantStatus.FAILED) {
            Button b = new Button(getTranslation("tenant.delete"), e -> new DeleteTenantDialog(
                            t, typed -> act(() -> operator.delete(t.slug(), new TenantDeletion(typed))))
                    .open());
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            b.setId("delete-" + t.slug());
            row.add(b);
        }
        return row;
    }

    private void retry(String slug) {
        try {
            ProvisionedDialog.open(api.body(() -> operator.retry(slug)));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
        refresh();
    }

    private void act(Supplier<TenantView> call) {
        try {
            api.call(call);
            refresh();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
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

    /** The catalog, or the tenants whose slug or name holds the filter's text. */
    void refresh() {
        String q = filter.getValue().strip().toLowerCase(getLocale());
        grid.setItems(api.call(operator::tenants).stream()
                .filter(t -> q.isEmpty()
                        || t.slug().contains(q)
                        || t.displayName().toLowerCase(getLocale()).contains(q))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }
}
