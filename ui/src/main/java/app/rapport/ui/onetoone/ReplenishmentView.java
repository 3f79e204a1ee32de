package app.rapport.ui.onetoone;

import app.rapport.api.care.CareApi;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** Clients about to run out of something they buy (the rice shop's list), soonest first. */
@Route(value = "replenishment", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ReplenishmentView extends VerticalLayout implements HasDynamicTitle {
    final IntegerField within = new IntegerField();
    final Grid<ReplenishmentItem> grid = new Grid<>();

    final Button plan = new Button();

    ReplenishmentView(OneToOneApi records, CareApi care, Api api, CurrentUser currentUser) {
        within.setId("replenishment-within");
        within.setLabel(getTranslation("replenishment.within"));
        within.setHelperText(getTranslation("replenishment.within.help"));
        within.setMin(0);
        within.setMax(90);
        within.setStepButtonsVisible(true);
        within.addValueChangeListener(e -> {
            if (e.getValue() == null || (e.getValue() >= 0 && e.getValue() <= 90)) {
                grid.getDataProvider().refreshAll();
            }
        });
        grid.setId("replenishment-grid");
        grid.addColumn(ReplenishmentItem::clientName)
                .setHeader(getTranslation("client.name"))
                .setFlexGrow(2)
                .setKey("client");
        grid.addColumn(ReplenishmentItem::productName)
                .setHeader(getTranslation("import.field.PRODUCT"))
                .setKey("product");
        grid.addColumn(ReplenishmentItem::runOutOn).setHeader(getTranslation("consumption.runOut"));
        grid.addColumn(i -> getTranslation(
                        i.daysLeft() < 0 ? "consumption.outSince" : "consumption.daysLeft", Math.abs(i.daysLeft())))
                .setHeader(getTranslation("consumption.left"))
                .setKey("left");
        grid.addColumn(i -> i.dailyRate().stripTrailingZeros().toPlainString() + " " + i.unit()
                        + getTranslation("consumption.perDay"))
                .setHeader(getTranslation("consumption.rate"));
        grid.addColumn(i -> getTranslation("consumption.method." + i.method()))
                .setHeader(getTranslation("consumption.method"));
        grid.addColumn(ReplenishmentItem::lastPurchaseOn).setHeader(getTranslation("consumption.lastPurchase"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("clients/" + e.getItem().clientId())));
        grid.setEmptyStateText(getTranslation("replenishment.empty"));
        plan.setId("replenishment-plan");
        plan.setText(getTranslation("replenishment.plan"));
        plan.addClickListener(e -> {
            try {
                ReplenishmentPlan made = api.body(() -> care.planReplenishment(within.getValue()));
                Notices.success(getTranslation("replenishment.planned", made.created(), made.alreadyPlanned()));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        plan.setVisible(currentUser.require().canEditClients());
        HorizontalLayout controls = new HorizontalLayout(within, plan);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("replenishment.title")),
                new Paragraph(getTranslation("replenishment.help")),
                controls,
                grid);
        grid.setItems(q -> page(records, api, q.getPage(), q.getPageSize()).items().stream(), q ->
                (int) page(records, api, 0, 1).total());
        setSizeFull();
    }

    private app.rapport.api.common.PageView<ReplenishmentItem> page(OneToOneApi records, Api api, int page, int size) {
        Integer days = within.getValue() != null && within.getValue() >= 0 && within.getValue() <= 90
                ? within.getValue()
                : null;
        return api.call(() -> records.replenishment(days, page, Math.min(size, 200)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replenishment.title");
    }
}
