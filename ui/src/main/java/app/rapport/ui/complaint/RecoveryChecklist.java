package app.rapport.ui.complaint;

import app.rapport.api.complaint.CompensationKind;
import app.rapport.api.complaint.ComplaintAction;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.complaint.RecoveryItem;
import app.rapport.api.complaint.RecoveryView;
import app.rapport.api.complaint.RecoveryWrite;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/**
 * The service recovery checklist of a complaint: apologise at once, an urgent remedy, empathy, a symbolic
 * compensation, a follow-up — each done (or not applicable, saying why) with who and when; what step 7 still lacks
 * is listed as the server counts it.
 */
class RecoveryChecklist extends VerticalLayout {

    RecoveryChecklist(ComplaintView c, ComplaintApi api, Function<String, String> names, Submit submit) {
        setPadding(false);
        setId("complaint-recovery");
        add(new H3(getTranslation("complaint.recovery")));
        boolean may = c.may().contains(ComplaintAction.RECOVER);
        DateTimeFormatter when = Formats.shortDateTime(getLocale());
        for (RecoveryView item : c.recovery()) {
            add(item(c, item, may, when, api, names, submit));
        }
        if (!c.recoveryOpen().isEmpty()) {
            Paragraph open = new Paragraph(getTranslation(
                    "complaint.stillOpen",
                    String.join(
                            ", ",
                            c.recoveryOpen().stream()
                                    .map(o -> getTranslation("complaint.open." + o))
                                    .toList())));
            open.setId("complaint-still-open");
            add(open);
        }
    }

    private Div item(
            ComplaintView c,
            RecoveryView item,
            boolean may,
            DateTimeFormatter when,
            ComplaintApi api,
            Function<String, String> names,
            Submit submit) {
        String key = item.item().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Span title = new Span(getTranslation("complaint.recovery." + item.item()));
        title.getStyle().set("font-weight", "600");
        Span state = item.at() == null
                ? Badge.of(getTranslation("complaint.recovery.open"), Badge.AMBER)
                : Badge.of(
                        getTranslation(item.waived() ? "complaint.recovery.waived" : "complaint.recovery.done"),
                        item.waived() ? Badge.GREY : Badge.GREEN);
        state.setId("recovery-" + key + "-state");
        HorizontalLayout head = new HorizontalLayout(state, title);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Div box = new Div(head);
        box.setId("recovery-" + key);
        box.getStyle()
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0");
        if (item.at() != null) {
            String detail = getTranslation("complaint.recovery.by", names.apply(item.by()), when.format(item.at()))
                    + (item.compensationKind() == null
                            ? ""
                            : " · " + getTranslation("complaint.compensation." + item.compensationKind())
                                    + (item.compensationValue() == null
                                            ? ""
                                            : " " + Formats.money(getLocale()).format(item.compensationValue())))
                    + (item.note() == null ? "" : " · " + item.note());
            Span by = new Span(detail);
            by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            box.add(new Div(by));
        } else {
            Span help = new Span(getTranslation("complaint.recovery." + item.item() + ".help"));
            help.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            box.add(new Div(help));
        }
        if (!may || item.at() != null) {
            return box;
        }
        TextField note = new TextField(getTranslation("complaint.recovery.note"));
        note.setId("recovery-" + key + "-note");
        note.setWidthFull();
        Select<CompensationKind> kind = new Select<>();
        BigDecimalField value = new BigDecimalField(getTranslation("complaint.compensation.value"));
        VerticalLayout fields = new VerticalLayout(note);
        fields.setPadding(false);
        fields.setSpacing(false);
        if (item.item() == RecoveryItem.COMPENSATION) {
            kind.setId("recovery-compensation-kind");
            kind.setLabel(getTranslation("complaint.compensation.kind"));
            kind.setItems(CompensationKind.values());
            kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("complaint.compensation." + k));
            value.setId("recovery-compensation-value");
            HorizontalLayout compensation = new HorizontalLayout(kind, value);
            compensation.setWrap(true);
            fields.add(compensation);
        }
        Button done = new Button(
                getTranslation("complaint.recovery.markDone"),
                e -> submit.send(
                        () -> api.recover(
                                c.id(),
                                item.item(),
                                new RecoveryWrite(false, note.getValue(), kind.getValue(), value.getValue())),
                        Map.of("note", note, "compensationKind", kind, "compensationValue", value)));
        done.setId("recovery-" + key + "-done");
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        done.setMinHeight("44px");
        Button waive = new Button(
                getTranslation("complaint.recovery.markWaived"),
                e -> submit.send(
                        () -> api.recover(c.id(), item.item(), new RecoveryWrite(true, note.getValue(), null, null)),
                        Map.of("note", note)));
        waive.setId("recovery-" + key + "-waive");
        waive.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        waive.setMinHeight("44px");
        HorizontalLayout buttons = new HorizontalLayout(done, waive);
        buttons.setWrap(true);
        box.add(fields, buttons);
        return box;
    }
}
