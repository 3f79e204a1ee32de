package app.rapport.ui.onetoone;

import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.api.onetoone.RateMethod;
import app.rapport.api.onetoone.RateWrite;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * Consumption patterns (the rice shop): per product the rate of use, how it was worked out, and the predicted
 * run-out day; account managers may enter a rate by hand or go back to the learned one.
 */
public class ConsumptionTab extends VerticalLayout {
    private final String clientId;
    private final OneToOneApi records;
    private final Api api;
    final Grid<ConsumptionView> grid = new Grid<>();

    public ConsumptionTab(String clientId, OneToOneApi records, Api api, boolean editable) {
        this.clientId = clientId;
        this.records = records;
        this.api = api;
        setPadding(false);
        grid.setId("consumption-grid");
        grid.addColumn(ConsumptionView::productName).setHeader(getTranslation("import.field.PRODUCT"));
        grid.addColumn(c -> c.dailyRate() == null
                        ? "—"
                        : c.dailyRate().stripTrailingZeros().toPlainString() + " " + c.unit()
                                + getTranslation("consumption.perDay"))
                .setHeader(getTranslation("consumption.rate"));
        grid.addColumn(c -> c.runOutOn() == null
                        ? "—"
                        : Formats.shortDate(getLocale()).format(c.runOutOn()))
                .setHeader(getTranslation("consumption.runOut"))
                .setKey("runOut");
        grid.addColumn(c -> c.daysLeft() == null
                        ? ""
                        : getTranslation(
                                c.daysLeft() < 0 ? "consumption.outSince" : "consumption.daysLeft",
                                Math.abs(c.daysLeft())))
                .setHeader(getTranslation("consumption.left"));
        grid.addColumn(this::how)
                .setHeader(getTranslation("consumption.how"))
                .setFlexGrow(4)
                .setKey("how");
        if (editable) {
            grid.addComponentColumn(this::override)
                    .setHeader(getTranslation("consumption.manual"))
                    .setWidth("16em")
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    /** How the prediction was made, in words. */
    String how(ConsumptionView c) {
        String rate =
                c.dailyRate() == null ? "" : c.dailyRate().stripTrailingZeros().toPlainString();
        String base =
                switch (c.method()) {
                    case LEARNED ->
                        getTranslation(
                                "consumption.how.LEARNED",
                                c.intervals().stream()
                                        .filter(ConsumptionView.Interval::used)
                                        .count(),
                                c.intervals().stream().filter(i -> !i.used()).count(),
                                rate,
                                c.unit());
                    case MANUAL -> getTranslation("consumption.how.MANUAL", rate, c.unit());
                    case TYPICAL -> getTranslation("consumption.how.TYPICAL", rate, c.unit());
                    case NONE -> getTranslation("consumption.how.NONE");
                };
        if (c.runOutOn() != null) {
            base += " "
                    + getTranslation(
                            "consumption.how.runOut",
                            c.lastQuantity().stripTrailingZeros().toPlainString(),
                            c.unit(),
                            c.lastPurchaseOn(),
                            c.runOutOn());
        }
        return base;
    }

    private Component override(ConsumptionView c) {
        BigDecimalField rate = new BigDecimalField();
        rate.setPlaceholder(c.unit() + getTranslation("consumption.perDay"));
        rate.setWidth("7em");
        Button set = new Button(
                getTranslation("consumption.set"),
                e -> act(() ->
                        api.body(() -> records.setRate(clientId, c.productId(), new RateWrite(rate.getValue())))));
        set.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout row = new HorizontalLayout(rate, set);
        if (c.method() == RateMethod.MANUAL) {
            Button clear = new Button(
                    getTranslation("consumption.clear"),
                    e -> act(() -> api.body(() -> records.clearRate(clientId, c.productId()))));
            clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            row.add(clear);
        }
        return row;
    }

    private void act(Runnable call) {
        try {
            call.run();
            refresh();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void refresh() {
        grid.setItems(api.call(() -> records.consumption(clientId)));
        if (grid.getListDataView().getItemCount() == 0) {
            grid.setEmptyStateText(getTranslation("consumption.empty"));
        }
    }
}
