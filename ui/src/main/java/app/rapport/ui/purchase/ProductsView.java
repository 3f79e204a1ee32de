package app.rapport.ui.purchase;

import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;

/** The tenant's products and services; admins and account managers add, change and remove them. */
@Route(value = "products", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class ProductsView extends VerticalLayout implements HasDynamicTitle {
    private final ProductsApi products;
    private final Api api;
    final Grid<ProductView> grid = new Grid<>();
    final TextField search = new TextField();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final BigDecimalField usage = new BigDecimalField();
    final Button save = new Button();
    final Button remove = new Button();
    private ProductView editing;

    ProductsView(ProductsApi products, Api api, CurrentUser currentUser) {
        this.products = products;
        this.api = api;
        boolean editable = currentUser.require().canEditClients();
        grid.setId("products-grid");
        grid.setEmptyStateText(getTranslation("empty.products"));
        grid.addColumn(ProductView::name)
                .setHeader(getTranslation("product.name"))
                .setFlexGrow(3);
        grid.addColumn(ProductView::unit).setHeader(getTranslation("product.unit"));
        grid.addColumn(p -> p.typicalDailyUsage() == null
                        ? ""
                        : p.typicalDailyUsage().toPlainString())
                .setHeader(getTranslation("product.usage"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        name.setId("product-name");
        name.setLabel(getTranslation("product.name"));
        unit.setId("product-unit");
        unit.setLabel(getTranslation("product.unit"));
        usage.setId("product-usage");
        usage.setLabel(getTranslation("product.usage"));
        usage.setHelperText(getTranslation("product.usage.help"));
        save.setText(getTranslation("action.save"));
        save.setId("product-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        remove.setText(getTranslation("action.delete"));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClickListener(e -> remove());
        Button clear = new Button(
                getTranslation("product.new"), e -> grid.asSingleSelect().clear());
        HorizontalLayout form = new HorizontalLayout(name, unit, usage, save, remove, clear);
        form.setAlignItems(Alignment.BASELINE);
        form.setVisible(editable);
        search.setId("product-search");
        search.setPlaceholder(getTranslation("products.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setItems(q -> page(q.getPage(), q.getPageSize()).items().stream(), q ->
                (int) page(0, 1).total());
        add(new H2(getTranslation("products.title")), form, search, grid);
        edit(null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private PageView<ProductView> page(int page, int size) {
        String q = search.getValue().isBlank() ? null : search.getValue().strip();
        return api.call(() -> products.list(q, page, Math.min(size, 200)));
    }

    private void edit(ProductView p) {
        editing = p;
        name.setValue(p == null ? "" : p.name());
        unit.setValue(p == null ? "" : p.unit());
        usage.setValue(p == null ? null : p.typicalDailyUsage());
        remove.setEnabled(p != null);
        name.setInvalid(false);
    }

    private void save() {
        ProductWrite w = new ProductWrite(name.getValue(), unit.getValue(), usage.getValue());
        try {
            if (editing == null) {
                api.body(() -> products.create(w));
            } else {
                api.body(() -> products.update(editing.id(), w));
            }
            Notices.success(getTranslation("product.saved"));
            grid.asSingleSelect().clear();
            refresh();
        } catch (ApiProblem p) {
            showProblem(p);
        }
    }

    private void remove() {
        try {
            api.run(() -> products.delete(editing.id()));
            grid.asSingleSelect().clear();
            refresh();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void showProblem(ApiProblem p) {
        FieldErrors.show(p, Map.of("name", name, "unit", unit, "typicalDailyUsage", usage));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("products.title");
    }
}
