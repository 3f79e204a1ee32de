package app.rapport.ui.platform.imports;

import app.rapport.api.common.ImportColumn;
import app.rapport.api.common.LineError;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form every CSV import shares: upload or paste the file, check how its columns map (recognised by name unless
 * chosen), preview every line with its problems, then import — the whole file, or the valid lines alone once the
 * problems are known. The import's own view supplies its fields, its rows grid, and the calls.
 */
public class ImportForm extends VerticalLayout {
    /** What is sent: the file, the columns chosen by hand, whether only the valid lines go in. */
    public record Request(String csv, Map<String, String> mapping, boolean validOnly) {}

    /** What a preview found: the mapping used, the problems by line, the summary to show, whether a line is new. */
    public record Outcome(Map<String, String> mapping, List<LineError> errors, String summary, boolean anyNew) {}

    /** The calls of one import: preview, and commit (answering the sentence that says what was imported). */
    public interface Calls {
        Outcome preview(Request request);

        String commit(Request request);
    }

    final TextArea csv = new TextArea();
    final Map<String, Select<String>> mapping = new LinkedHashMap<>();
    final Button preview = new Button();
    final Button commit = new Button();
    final Button commitValid = new Button();
    final Paragraph summary = new Paragraph();
    final Grid<LineError> errors = new Grid<>();
    private final Calls calls;
    private final String fieldPrefix;

    public ImportForm(List<? extends ImportColumn> fields, String fieldPrefix, Calls calls, Component rows) {
        this.calls = calls;
        this.fieldPrefix = fieldPrefix;
        setPadding(false);
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
            commitValid.setEnabled(false);
            refreshHeaders();
        });
        FormLayout map = new FormLayout();
        for (ImportColumn f : fields) {
            Select<String> s = new Select<>();
            s.setLabel(getTranslation(fieldPrefix + f.name()) + (f.required() ? " *" : ""));
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("import.auto"));
            s.setId("import-map-" + f.name().toLowerCase(Locale.ROOT));
            mapping.put(f.name(), s);
            map.add(s);
        }
        preview.setText(getTranslation("import.preview"));
        preview.setId("import-preview");
        preview.addClickListener(e -> preview());
        commit.setText(getTranslation("import.commit"));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit(false));
        commitValid.setText(getTranslation("import.commitValid"));
        commitValid.setId("import-commit-valid");
        commitValid.setEnabled(false);
        commitValid.addClickListener(e -> commit(true));
        summary.setId("import-summary");
        errors.setId("import-errors");
        errors.addColumn(LineError::line)
                .setHeader(getTranslation("import.line"))
                .setFlexGrow(0)
                .setWidth("6em");
        errors.addColumn(e -> getTranslation(fieldPrefix + e.field().toUpperCase(Locale.ROOT)))
                .setHeader(getTranslation("import.fieldName"));
        errors.addColumn(Wording::line)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setAllRowsVisible(true);
        add(
                upload,
                csv,
                map,
                new HorizontalLayout(preview, commit, commitValid),
                summary,
                new H3(getTranslation("import.errors")),
                errors,
                new H3(getTranslation("import.rows")),
                rows);
    }

    /** The lines of the errors, for a rows grid to mark "has problems" rather than "new". */
    public static Set<Integer> linesOf(List<LineError> errors) {
        return errors.stream().map(LineError::line).collect(Collectors.toSet());
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

    private Request request(boolean validOnly) {
        Map<String, String> chosen = new LinkedHashMap<>();
        mapping.forEach((f, s) -> {
            if (s.getValue() != null) {
                chosen.put(f, s.getValue());
            }
        });
        return new Request(csv.getValue(), chosen.isEmpty() ? null : chosen, validOnly);
    }

    public void preview() {
        mapping.values().forEach(s -> s.setInvalid(false));
        csv.setInvalid(false);
        try {
            Outcome o = calls.preview(request(false));
            o.mapping().forEach((field, header) -> {
                Select<String> s = mapping.get(field);
                if (s != null) {
                    s.setValue(header);
                }
            });
            errors.setItems(o.errors());
            summary.setText(o.summary());
            commit.setEnabled(o.errors().isEmpty() && o.anyNew());
            commitValid.setEnabled(!o.errors().isEmpty() && o.anyNew());
        } catch (ApiProblem problem) {
            commit.setEnabled(false);
            commitValid.setEnabled(false);
            if (!showMappingErrors(problem.fields())) {
                Notices.problem(problem);
            }
        }
    }

    private boolean showMappingErrors(List<FieldProblem> fields) {
        boolean shown = false;
        for (FieldProblem f : fields) {
            if (f.field().startsWith("mapping.")
                    && mapping.containsKey(f.field().substring(8))) {
                Select<String> s = mapping.get(f.field().substring(8));
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

    private void commit(boolean validOnly) {
        try {
            Notices.success(calls.commit(request(validOnly)));
            preview();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }
}
