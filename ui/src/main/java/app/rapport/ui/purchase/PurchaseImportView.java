package app.rapport.ui.purchase;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.purchase.ImportField;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchasesApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Import purchases from a CSV file: upload or paste it, check how its columns map, preview every line with its
 * problems, then import — all rows or none. Importing the same file again adds nothing.
 */
@Route(value = "purchases/import", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class PurchaseImportView extends VerticalLayout implements HasDynamicTitle {
    private final PurchasesApi purchases;
    private final Api api;
    final TextArea csv = new TextArea();
    final Map<ImportField, Select<String>> mapping = new EnumMap<>(ImportField.class);
    final Button preview = new Button();
    final Button commit = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final Grid<ImportPreview.LineError> errors = new Grid<>();

    PurchaseImportView(PurchasesApi purchases, Api api) {
        this.purchases = purchases;
        this.api = api;
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            csv.setValue(new String(bytes, StandardCharsets.UTF_8));
            preview();
        }))));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        VaadinTexts.upload(upload);
        upload.setMaxFileSize(5_000_000);
        csv.setId("import-csv");
        csv.setLabel(getTranslation("import.csv"));
        csv.setHelperText(getTranslation("import.csv.help"));
        csv.setWidthFull();
        csv.setHeight("10em");
        csv.addValueChangeListener(e -> {
            commit.setEnabled(false);
            refreshHeaders();
        });
        FormLayout map = new FormLayout();
        for (ImportField f : ImportField.values()) {
            Select<String> s = new Select<>();
            s.setLabel(getTranslation("import.field." + f) + (f.required() ? " *" : ""));
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("import.auto"));
            s.setId("import-map-" + f.name().toLowerCase());
            mapping.put(f, s);
            map.add(s);
        }
        preview.setText(getTranslation("import.preview"));
        preview.setId("import-preview");
        preview.addClickListener(e -> preview());
        commit.setText(getTranslation("import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        summary.setId("import-summary");
        errors.setId("import-errors");
        errors.addColumn(ImportPreview.LineError::line)
                .setHeader(getTranslation("import.line"))
                .setFlexGrow(0)
                .setWidth("6em");
        errors.addColumn(e -> getTranslation("import.field." + e.field().toUpperCase(Locale.ROOT)))
                .setHeader(getTranslation("import.fieldName"));
        errors.addColumn(Wording::line)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setAllRowsVisible(true);
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
        rows.addColumn(r -> getTranslation(r.alreadyImported() ? "import.already" : "import.new"))
                .setHeader(getTranslation("import.status"));
        rows.setPageSize(50);
        add(
                new H2(getTranslation("import.title")),
                upload,
                csv,
                map,
                new HorizontalLayout(preview, commit),
                summary,
                new H3(getTranslation("import.errors")),
                errors,
                new H3(getTranslation("import.rows")),
                rows);
    }

    /** The first line's column names, offered in the mapping selects. */
    private void refreshHeaders() {
        String text = csv.getValue().strip();
        String first = text.isEmpty() ? "" : text.lines().findFirst().orElse("");
        String delimiter = first.contains("\t")
                ? "\t"
                : first.chars().filter(c -> c == ';').count()
                                > first.chars().filter(c -> c == ',').count()
                        ? ";"
                        : ",";
        List<String> headers = first.isEmpty()
                ? List.of()
                : Arrays.stream(first.split(delimiter))
                        .map(h -> h.replace("\"", "").strip())
                        .toList();
        mapping.values().forEach(s -> {
            String keep = s.getValue();
            s.setItems(headers);
            s.setValue(headers.contains(keep) ? keep : null);
        });
    }

    private PurchaseImport file() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mapping.forEach((f, s) -> {
            if (s.getValue() != null) {
                chosen.put(f.name(), s.getValue());
            }
        });
        return new PurchaseImport(csv.getValue(), chosen.isEmpty() ? null : chosen);
    }

    void preview() {
        mapping.values().forEach(s -> s.setInvalid(false));
        try {
            ImportPreview p = api.body(() -> purchases.preview(file()));
            p.mapping().forEach((field, header) -> mapping.get(ImportField.valueOf(field))
                    .setValue(header));
            rows.setItems(p.rows());
            errors.setItems(p.errors());
            summary.setText(getTranslation(
                    "import.summary",
                    p.rows().size(),
                    p.newRows(),
                    p.alreadyImported(),
                    p.errors().size()));
            commit.setEnabled(p.errors().isEmpty() && p.newRows() > 0);
        } catch (ApiProblem problem) {
            commit.setEnabled(false);
            if (!showMappingErrors(problem.fields())) {
                Notices.problem(problem);
            }
        }
    }

    private boolean showMappingErrors(List<FieldProblem> fields) {
        boolean shown = false;
        for (FieldProblem f : fields) {
            if (f.field().startsWith("mapping.")) {
                Select<String> s = mapping.get(ImportField.valueOf(f.field().substring(8)));
                s.setErrorMessage(getTranslation("import.mapMe"));
                s.setInvalid(true);
                shown = true;
            } else if (f.field().equals("csv")) {
                csv.setErrorMessage(Wording.field(f));
                csv.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private void commit() {
        try {
            ImportResult r = api.body(() -> purchases.commit(file()));
            Notices.success(getTranslation("import.done", r.imported(), r.alreadyImported()));
            preview();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
