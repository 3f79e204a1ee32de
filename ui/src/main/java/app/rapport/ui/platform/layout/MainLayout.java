package app.rapport.ui.platform.layout;

import app.rapport.api.workspace.WorkspaceApi;
import app.rapport.api.workspace.WorkspaceView;
import app.rapport.ui.benchmark.BenchmarksView;
import app.rapport.ui.blueprint.BlueprintsView;
import app.rapport.ui.calendar.BusinessHoursView;
import app.rapport.ui.care.LogTouchpointView;
import app.rapport.ui.care.MyDayView;
import app.rapport.ui.care.TeamCareView;
import app.rapport.ui.client.ClientsView;
import app.rapport.ui.complaint.ComplaintCausesView;
import app.rapport.ui.complaint.ComplaintsView;
import app.rapport.ui.complaint.DepartmentsView;
import app.rapport.ui.complaint.RecordComplaintView;
import app.rapport.ui.complaint.ServiceLevelsView;
import app.rapport.ui.lifecycle.PortfolioView;
import app.rapport.ui.lifecycle.StrategiesView;
import app.rapport.ui.onetoone.ReplenishmentView;
import app.rapport.ui.operator.TenantsView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.LocalePreference;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.purchase.ProductsView;
import app.rapport.ui.purchase.PurchaseImportView;
import app.rapport.ui.tier.TierSetupView;
import app.rapport.ui.tier.TiersView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;

/** The frame of every page: title, tenant, language, user and sign-out above; the role's menu on the side. */
@Prototype
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, WorkspaceApi workspaces, app.rapport.api.inbox.InboxApi inbox, Api api) {
        SignedInUser user = currentUser.require();
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l, 1.125rem)");
        Span tenant = new Span(
                user.tenant() == null ? getTranslation("layout.platform") : workspaceName(user, workspaces, api));
        tenant.getElement().setAttribute("title", user.tenant() == null ? "" : user.tenant());
        tenant.setId("current-tenant");
        tenant.getStyle().set("opacity", "0.7");

        Select<Locale> language = language("language");
        Span who = new Span(user.displayName());
        who.setId("current-user");
        Anchor logout = logout("logout");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, tenant);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout right = new HorizontalLayout(language, who, logout);
        right.setId("header-account");
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        who.getStyle().set("white-space", "nowrap");
        logout.getStyle().set("white-space", "nowrap");
        bar.setWidthFull();
        HorizontalLayout end = new HorizontalLayout(right);
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.getStyle().set("margin-left", "auto").set("margin-right", "1em");
        if (user.tenant() != null) {
            // the inbox stays in the header on a phone too, where the account moves into the menu
            end.add(InboxBell.of(inbox, api));
        }
        bar.add(end);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        if (user.isOperator()) {
            nav.addItem(new SideNavItem(getTranslation("nav.tenants"), TenantsView.class));
        }
        if (user.hasAny(SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.myDay"), MyDayView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.logTouchpoint"), LogTouchpointView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.recordComplaint"), RecordComplaintView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.complaints"), ComplaintsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.clients"), ClientsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.tiers"), TiersView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.replenishment"), ReplenishmentView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.products"), ProductsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.blueprints"), BlueprintsView.class));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.gapQuestionnaire"), app.rapport.ui.quality.GapQuestionnaireView.class));
        }
        if (user.canEditClients()) {
            nav.addItem(new SideNavItem(getTranslation("nav.portfolio"), PortfolioView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.team"), TeamCareView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.complaintCauses"), ComplaintCausesView.class));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.qualityCharts"), app.rapport.ui.quality.ControlChartsView.class));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.surveyResults"), app.rapport.ui.survey.SurveyResultsView.class));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.satisfaction"), app.rapport.ui.survey.SatisfactionIndexView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.fiveGaps"), app.rapport.ui.quality.FiveGapsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.strategies"), StrategiesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.benchmarks"), BenchmarksView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), PurchaseImportView.class));
        }
        if (user.hasAny(SignedInUser.TENANT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.tierSettings"), TierSetupView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.businessHours"), BusinessHoursView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.serviceLevels"), ServiceLevelsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.departments"), DepartmentsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.surveys"), app.rapport.ui.survey.SurveysSetupView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.workspace"), WorkspaceSettingsView.class));
        }
        // on a phone the header has no room: the language, the user and sign-out live at the foot of the menu
        Span drawerWho = new Span(user.displayName());
        drawerWho.getStyle().set("font-weight", "600");
        VerticalLayout account = new VerticalLayout(drawerWho, language("drawer-language"), logout("drawer-logout"));
        account.setId("drawer-account");
        account.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
        addToDrawer(nav, account);
        addToNavbar(PhoneStyles.html());
    }

    private Select<Locale> language(String id) {
        Select<Locale> language = new Select<>();
        language.setId(id);
        language.setItems(MessagesI18NProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.toLanguageTag()));
        language.setValue(MessagesI18NProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("layout.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                LocalePreference.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        language.setWidth("9em");
        return language;
    }

    private Anchor logout(String id) {
        Anchor logout = new Anchor("/logout", getTranslation("layout.logout"));
        logout.setId(id);
        logout.setRouterIgnore(true);
        return logout;
    }

    /** The workspace's name as its users know it; its slug when the API cannot say (the page still works). */
    private static String workspaceName(SignedInUser user, WorkspaceApi workspaces, Api api) {
        return TenantTime.workspace().map(WorkspaceView::displayName).orElse(user.tenant());
    }
}
