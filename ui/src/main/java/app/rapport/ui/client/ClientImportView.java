package app.rapport.ui.client;

import app.rapport.api.client.ClientImport;
import app.rapport.api.client.ClientImportField;
import app.rapport.api.client.ClientImportPreview;
import app.rapport.api.client.ClientImportResult;
import app.rapport.api.client.ClientsApi;
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

/**
 * Import clients from a CSV file with the same form as purchases: each line shows whether it is new, a duplicate (of a
 * registered client, named, or of an earlier line) or has problems; duplicates are never imported.
 */
@Route(value = "clients/import", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class ClientImportView extends VerticalLayout implements HasDynamicTitle {
    final Grid<ClientImportPreview.Row> rows = new Grid<>();
    final ImportForm form;

    ClientImportView(ClientsApi clients, Api api) {
        rows.setId("import-rows");
        rows.addColumn(ClientImportPreview.Row::line)
                .setHeader(getTranslation("import.line"))
                .setFlexGrow(0)
                .setWidth("6em");
        rows.addColumn(ClientImportPreview.Row::name)
                .setHeader(getTranslation("clientImport.field.NAME"))
                .setFlexGrow(2);
        rows.addColumn(r -> r.kind() == null ? "" : getTranslation("client.kind." + r.kind()))
                .setHeader(getTranslation("clientImport.field.KIND"));
        rows.addColumn(ClientImportPreview.Row::email).setHeader(getTranslation("clientImport.field.EMAIL"));
        rows.addColumn(ClientImportPreview.Row::phone).setHeader(getTranslation("clientImport.field.PHONE"));
        rows.addColumn(ClientImportPreview.Row::city).setHeader(getTranslation("clientImport.field.CITY"));
        rows.addColumn(this::status)
                .setHeader(getTranslation("import.status"))
                .setKey("status")
                .setFlexGrow(2);
        rows.setPageSize(50);
        form = new ImportForm(
                List.of(ClientImportField.values()),
                "clientImport.field.",
                new ImportForm.Calls() {
                    @Override
                    public ImportForm.Outcome preview(ImportForm.Request r) {
                        ClientImportPreview p = api.call(() -> clients.previewImport(file(r)));
                        rows.setItems(p.rows());
                        return new ImportForm.Outcome(
                                p.mapping(),
                                p.errors(),
                                getTranslation(
                                        "clientImport.summary",
                                        p.rows().size(),
                                        p.newRows(),
                                        p.duplicates(),
                                        p.withProblems()),
                                p.newRows() > 0);
                    }

                    @Override
                    public String commit(ImportForm.Request r) {
                        ClientImportResult done = api.body(() -> clients.importClients(file(r)));
                        return getTranslation(
                                "clientImport.done", done.imported(), done.duplicates(), done.withProblems());
                    }
                },
                rows);
        add(new H2(getTranslation("clientImport.title")), form);
    }

    private String status(ClientImportPreview.Row r) {
        return switch (r.status()) {
            case NEW -> getTranslation("import.new");
            case PROBLEM -> getTranslation("import.problems");
            case DUPLICATE ->
                r.duplicateOfName() != null
                        ? getTranslation("clientImport.duplicateOf", r.duplicateOfName())
                        : getTranslation("clientImport.duplicateOfLine", r.duplicateOfLine());
        };
    }

    private static ClientImport file(ImportForm.Request r) {
        return new ClientImport(r.csv(), r.mapping(), r.validOnly());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientImport.title");
    }
}
