package app.rapport.ui.onetoone;

import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.FactWrite;
import app.rapport.api.onetoone.OneToOneApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Identify: profile facts by category, each category with its stated purpose; who recorded what, and when. */
public class IdentifyTab extends VerticalLayout {
    final Grid<FactView> facts = new Grid<>();
    final Select<FactCategory> category = new Select<>();
    final Paragraph purpose = new Paragraph();
    final TextField label = new TextField();
    final Select<FactType> type = new Select<>();
    final TextField value = new TextField();
    final Button add = new Button();

    public IdentifyTab(String clientId, String notes, OneToOneApi records, Api api, boolean editable) {
        setPadding(false);
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        facts.setId("facts-grid");
        facts.setEmptyStateText(getTranslation("empty.facts"));
        facts.addColumn(f -> getTranslation("fact.category." + f.category()))
                .setHeader(getTranslation("fact.category"))
                .setKey("category");
        facts.addColumn(FactView::label).setHeader(getTranslation("fact.label")).setKey("label");
        facts.addColumn(f -> f.type() == FactType.YES_NO ? getTranslation("fact.yesno." + f.value()) : f.value())
                .setHeader(getTranslation("fact.value"))
                .setKey("value");
        facts.addColumn(f -> f.recordedBy() + " · " + when.format(f.recordedAt()))
                .setHeader(getTranslation("fact.recorded"));
        if (editable) {
            facts.addComponentColumn(f -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                            api.run(() -> records.removeFact(clientId, f.id()));
                            facts.setItems(api.call(() -> records.facts(clientId)));
                        });
                        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                        remove.setAriaLabel(getTranslation("action.delete"));
                        return remove;
                    })
                    .setFlexGrow(0)
                    .setWidth("5em");
        }
        facts.setAllRowsVisible(true);
        category.setId("fact-category");
        category.setLabel(getTranslation("fact.category"));
        category.setItems(FactCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("fact.category." + c));
        category.addValueChangeListener(
                e -> purpose.setText(e.getValue() == null ? "" : getTranslation("fact.purpose." + e.getValue())));
        category.setValue(FactCategory.HOUSEHOLD);
        purpose.setId("fact-purpose");
        purpose.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875rem)").set("opacity", "0.8");
        label.setId("fact-label");
        label.setLabel(getTranslation("fact.label"));
        type.setLabel(getTranslation("fact.type"));
        type.setItems(FactType.values());
        type.setItemLabelGenerator(t -> getTranslation("fact.type." + t));
        type.setValue(FactType.TEXT);
        value.setId("fact-value");
        value.setLabel(getTranslation("fact.value"));
        add.setText(getTranslation("fact.add"));
        add.setId("fact-add");
        add.addClickListener(e -> {
            value.setInvalid(false);
            try {
                api.body(() -> records.addFact(
                        clientId,
                        new FactWrite(category.getValue(), label.getValue(), type.getValue(), value.getValue())));
                label.clear();
                value.clear();
                facts.setItems(api.call(() -> records.facts(clientId)));
            } catch (ApiProblem p) {
                FieldErrors.show(p, Map.of("value", value, "label", label));
            }
        });
        HorizontalLayout form = new HorizontalLayout(category, label, type, value, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout editor = new VerticalLayout(form, purpose);
        editor.setPadding(false);
        editor.setVisible(editable);
        Paragraph freeNotes =
                new Paragraph(getTranslation("fact.notes", notes == null || notes.isBlank() ? "—" : notes));
        add(editor, facts, freeNotes);
        facts.setItems(api.call(() -> records.facts(clientId)));
    }
}
