package app.rapport.ui.purchase;

import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** A client's purchases, newest first and paged lazily, with a line to record one (for those who may). */
public class PurchasesPanel extends VerticalLayout {
    final Grid<PurchaseView> grid = new Grid<>();
    final ComboBox<ProductView> product = new ComboBox<>();
    final DatePicker date = VaadinTexts.datePicker();
    final BigDecimalField quantity = new BigDecimalField();
    final BigDecimalField amount = new BigDecimalField();
    final BigDecimalField margin = new BigDecimalField();
    final TextField channel = new TextField();
    final Button record = new Button();

    public PurchasesPanel(
            String clientId,
            PurchasesApi purchases,
            ProductsApi products,
            Api api,
            boolean editable,
            Runnable changed) {
        setPadding(false);
        grid.setId("purchases-grid");
        grid.setEmptyStateText(getTranslation("empty.purchases"));
        grid.addColumn(PurchaseView::purchasedOn).setHeader(getTranslation("import.field.DATE"));
        grid.addColumn(PurchaseView::productName)
                .setHeader(getTranslation("import.field.PRODUCT"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.quantity().stripTrailingZeros().toPlainString() + " " + p.unit())
                .setHeader(getTranslation("import.field.QUANTITY"));
        grid.addColumn(p -> Formats.money(getLocale()).format(p.amount()))
                .setHeader(getTranslation("import.field.AMOUNT"));
        grid.addColumn(PurchaseView::margin).setHeader(getTranslation("import.field.MARGIN"));
        grid.addColumn(PurchaseView::channel).setHeader(getTranslation("import.field.CHANNEL"));
        grid.setHeight("18em");
        grid.setItems(
                q ->
                        api
                                .call(() -> purchases.list(clientId, q.getPage(), Math.min(q.getPageSize(), 100)))
                                .items()
                                .stream(),
                q -> (int) api.call(() -> purchases.list(clientId, 0, 1)).total());
        product.setId("purchase-product");
        product.setLabel(getTranslation("import.field.PRODUCT"));
        product.setItemLabelGenerator(ProductView::name);
        date.setLabel(getTranslation("import.field.DATE"));
        date.setMax(TenantTime.today());
        date.setValue(TenantTime.today());
        quantity.setId("purchase-quantity");
        quantity.setLabel(getTranslation("import.field.QUANTITY"));
        amount.setId("purchase-amount");
        amount.setLabel(getTranslation("import.field.AMOUNT"));
        margin.setId("purchase-margin");
        margin.setLabel(getTranslation("import.field.MARGIN"));
        channel.setLabel(getTranslation("import.field.CHANNEL"));
        record.setText(getTranslation("purchase.record"));
        record.setId("purchase-record");
        record.addClickListener(e -> {
            try {
                api.body(() -> purchases.record(
                        clientId,
                        new PurchaseWrite(
                                product.getValue() == null
                                        ? ""
                                        : product.getValue().id(),
                                date.getValue(),
                                quantity.getValue(),
                                null,
                                amount.getValue(),
                                margin.getValue(),
                                channel.getValue())));
                Notices.success(getTranslation("purchase.recorded"));
                grid.getDataProvider().refreshAll();
                changed.run();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        HorizontalLayout form = new HorizontalLayout(product, date, quantity, amount, margin, channel, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(editable);
        if (editable) {
            // the catalog page by page as the user types: never loaded whole
            product.setItems(q -> api
                    .call(() -> products.list(q.getFilter().orElse(null), q.getPage(), Math.min(q.getPageSize(), 200)))
                    .items()
                    .stream());
        }
        add(new H3(getTranslation("purchases.title")), form, grid);
    }
}
