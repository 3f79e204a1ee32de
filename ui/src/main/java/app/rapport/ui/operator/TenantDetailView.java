package app.rapport.ui.operator;

import app.rapport.api.operator.AdminCredentials;
import app.rapport.api.operator.OperatorApi;
import app.rapport.api.operator.TenantDetail;
import app.rapport.api.operator.TenantDetail.AppliedMigration;
import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One tenant for the operator: status and schema, the migrations its schema went through, its first admin (with a
 * fresh invitation when the first one is lost), what it uses, and the actions its status allows.
 */
@Route(value = "operator/tenants/:slug", layout = MainLayout.class)
@Allowed(SignedInUser.OPERATOR)
@Prototype
public class TenantDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String SLUG = "slug";

    final Grid<AppliedMigration> migrations = new Grid<>();
    private final OperatorApi operator;
    private final Api api;
    private String title = "";

    TenantDetailView(OperatorApi operator, Api api) {
        this.operator = operator;
        this.api = api;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(SLUG).orElse(""));
    }

    private void show(String slug) {
        removeAll();
        TenantDetail d = api.call(() -> operator.detail(slug));
        TenantView t = d.tenant();
        title = t.displayName();
        ZoneId zone = ZoneId.of(t.locale().timeZone());
        DateTimeFormatter when = Formats.shortDateTime(getLocale()).withZone(zone);

        H2 name = new H2(t.displayName());
        name.getStyle().set("margin", "0");
        Span status = Badge.of(
                getTranslation(t.deletedAt() != null ? "tenant.status.DELETED" : "tenant.status." + t.status()),
                t.status() == TenantStatus.ACTIVE
                        ? Badge.GREEN
                        : t.status() == TenantStatus.FAILED ? Badge.RED : Badge.GREY);
        status.setId("tenant-detail-status");
        HorizontalLayout head = new HorizontalLayout(name, status);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        RouterLink back = new RouterLink(getTranslation("tenant.detail.back"), TenantsView.class);
        back.setId("tenant-detail-back");

        FlexLayout cards = new FlexLayout(
                card(
                        "tenant.detail.schema",
                        line(t.schemaName() + " · "
                                + getTranslation(
                                        "tenant.detail.version",
                                        t.schemaVersion() == null ? "—" : t.schemaVersion(),
                                        getTranslation(
                                                t.schemaCurrent() ? "tenant.detail.current" : "tenant.lagging"))),
                        line(getTranslation("tenant.detail.placement", t.placement())),
                        line(getTranslation("tenant.detail.created", when.format(t.createdAt())))),
                adminCard(slug, d.admin()),
                usageCard(d.usage()));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();

        migrations.setId("tenant-migrations");
        migrations.removeAllColumns();
        migrations
                .addColumn(AppliedMigration::version)
                .setHeader(getTranslation("tenant.detail.migration.version"))
                .setFlexGrow(0)
                .setWidth("7em");
        migrations
                .addColumn(this::migrationName)
                .setHeader(getTranslation("tenant.detail.migration.what"))
                .setKey("name")
                .setFlexGrow(3);
        migrations.addColumn(m -> when.format(m.installedOn())).setHeader(getTranslation("tenant.detail.migration.at"));
        migrations
                .addColumn(m -> getTranslation("tenant.detail.migration.millis", m.millis()))
                .setHeader(getTranslation("tenant.detail.migration.took"));
        migrations
                .addColumn(m ->
                        getTranslation(m.success() ? "tenant.detail.migration.ok" : "tenant.detail.migration.failed"))
                .setHeader(getTranslation("tenant.lastResult"))
                .setKey("result");
        migrations.setAllRowsVisible(true);
        migrations.setItems(d.migrations());
        migrations.setEmptyStateText(getTranslation("tenant.detail.migration.none"));

        HorizontalLayout actions = new TenantActions(operator, api, () -> show(slug)).of(t);
        actions.setId("tenant-detail-actions");
        add(back, head, actions, cards, new H3(getTranslation("tenant.detail.migrations")), migrations);
    }

    /** The migration's name in the reader's language (Flyway keeps the developers' description). */
    private String migrationName(AppliedMigration m) {
        String named = getTranslation("tenant.migration.v." + m.version());
        return named.startsWith("!") ? m.version() : named;
    }

    private Component adminCard(String slug, TenantDetail.FirstAdmin admin) {
        if (admin == null) {
            return card("tenant.detail.admin", line(getTranslation("tenant.detail.admin.none")));
        }
        String state = !admin.exists()
                ? "tenant.detail.admin.missing"
                : !admin.enabled()
                        ? "tenant.detail.admin.disabled"
                        : admin.invitationPending() ? "tenant.detail.admin.pending" : "tenant.detail.admin.active";
        Span stateLine = line(getTranslation(state));
        stateLine.setId("tenant-admin-state");
        Button invite = new Button(
                getTranslation("tenant.detail.admin.invite"),
                e -> Confirm.before(
                        getTranslation("tenant.detail.admin.invite"),
                        admin.email(),
                        getTranslation("tenant.detail.admin.invite.text"),
                        () -> invite(slug)));
        invite.setId("tenant-admin-invite");
        invite.setEnabled(admin.exists());
        return card("tenant.detail.admin", line(admin.email()), stateLine, invite);
    }

    private void invite(String slug) {
        try {
            AdminCredentials c = api.call(() -> operator.resetAdminPassword(slug));
            Dialog d = new Dialog();
            d.setId("invitation-dialog");
            d.setHeaderTitle(getTranslation("tenant.detail.admin.invite"));
            d.add(new Paragraph(getTranslation("tenant.provisioned.admin", c.username())));
            Paragraph password = new Paragraph(getTranslation("tenant.provisioned.password", c.temporaryPassword()));
            password.setId("invitation-password");
            d.add(password);
            d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
            d.open();
            show(slug);
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private Component usageCard(TenantDetail.TenantUsage usage) {
        if (usage == null) {
            return card("tenant.detail.usage", line("—"));
        }
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat mb = NumberFormat.getNumberInstance(getLocale());
        mb.setMaximumFractionDigits(1);
        Span clients = line(getTranslation("tenant.detail.usage.clients", n.format(usage.clients())));
        clients.setId("tenant-usage-clients");
        return card(
                "tenant.detail.usage",
                clients,
                line(getTranslation("tenant.detail.usage.users", n.format(usage.users()))),
                line(getTranslation("tenant.detail.usage.storage", mb.format(usage.storageBytes() / 1_048_576.0))));
    }

    private Div card(String titleKey, Component... lines) {
        Div card = new Div();
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("flex", "1 1 16em")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        H3 h = new H3(getTranslation(titleKey));
        h.getStyle().set("margin", "0");
        card.add(h);
        card.add(lines);
        return card;
    }

    private static Span line(String text) {
        return new Span(text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
