package app.rapport.ui.purchase;

import app.rapport.api.purchase.ImportField;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.imports.ImportForm;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Set;

/**
 * Import purchases from a CSV file: upload or paste it, check how its columns map, preview every line with its
 * problems, then import — all rows, or the valid lines alone. Importing the same file again adds nothing.
 */
@Route(value = "purchases/import", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class PurchaseImportView extends VerticalLayout implements HasDynamicTitle {
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final ImportForm form;
    private Set<Integer> problemLines = Set.of();

    PurchaseImportView(PurchasesApi purchases, Api api) {
        rows.setId("import-rows");
        rows.addColumn(ImportPreview.Row::line)
                .setHeader(getTranslation("import.line"))
                .setFlexGrow(0)
                .setWidth("6em");
        rows.addColumn(ImportPreview.Row::date).setHeader(getTranslation("import.field.DATE"));
        rows.addColumn(ImportPreview.Row::client).setHeader(getTranslation("import.field.CLIENT"));
        rows.addColumn(ImportPreview.Row::product).setHeader(getTranslation("import.field.PRODUCT"));
        rows.addColumn(ImportPreview.Row::quantity).setHeader(getTranslation("import.field.QUANTITY"));
        rows.addColumn(ImportPreview.Row::amount).setHeader(getTranslation("import.field.AMOUNT"));
        rows.addColumn(ImportPreview.Row::margin).setHeader(getTranslation("import.field.MARGIN"));
        rows.addColumn(r -> getTranslation(
                        problemLines.contains(r.line())
                                ? "import.problems"
                                : r.alreadyImported() ? "import.already" : "import.new"))
                .setHeader(getTranslation("import.status"))
                .setKey("status");
        rows.setPageSize(50);
        form = new ImportForm(
                List.of(ImportField.values()),
                "import.field.",
                new ImportForm.Calls() {
                    @Override
                    public ImportForm.Outcome preview(ImportForm.Request r) {
                        ImportPreview p = api.body(() -> purchases.preview(file(r)));
                        problemLines = ImportForm.linesOf(p.errors());
                        rows.setItems(p.rows());
                        return new ImportForm.Outcome(
                                p.mapping(),
                                p.errors(),
                                getTranslation(
                                        "import.summary",
                                        p.rows().size(),
                                        p.newRows() - problemLines.size(),
                                        p.alreadyImported(),
                                        problemLines.size()),
                                p.newRows() > problemLines.size());
                    }

                    @Override
                    public String commit(ImportForm.Request r) {
                        ImportResult done = api.body(() -> purchases.commit(file(r)));
                        return getTranslation(
                                "import.done", done.imported(), done.alreadyImported(), done.withProblems());
                    }
                },
                rows);
        add(new H2(getTranslation("import.title")), form);
    }

    private static PurchaseImport file(ImportForm.Request r) {
        return new PurchaseImport(r.csv(), r.mapping(), r.validOnly());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
