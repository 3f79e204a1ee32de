package app.rapport.ui.calendar;

import app.rapport.api.calendar.OpeningSlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The open stretches of one day: pairs of times ("from – to"), each removable, one more added at a time. No pair is
 * "closed"; "to" 00:00 is the end of the day. What the server finds wrong is marked on the pair it names.
 */
class SlotsEditor extends FlexLayout {
    private final String idPrefix;
    private final List<TimePicker[]> pairs = new ArrayList<>();
    private final Button add = new Button(VaadinIcon.PLUS.create());

    SlotsEditor(String idPrefix) {
        this.idPrefix = idPrefix;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        add.setId(idPrefix + "-add");
        add.setAriaLabel(getTranslation("calendar.slot.add"));
        add.setTooltipText(getTranslation("calendar.slot.add"));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(e -> addPair(null));
        add(add);
    }

    void show(List<OpeningSlot> slots) {
        pairs.clear();
        removeAll();
        add(add); // each stretch goes in before the add button, in the order given
        slots.forEach(this::addPair);
    }

    private void addPair(OpeningSlot slot) {
        TimePicker from = picker(idPrefix + "-" + pairs.size() + "-from", getTranslation("calendar.slot.from"));
        TimePicker to = picker(idPrefix + "-" + pairs.size() + "-to", getTranslation("calendar.slot.to"));
        from.setValue(slot == null ? LocalTime.of(9, 0) : slot.opens());
        to.setValue(slot == null ? LocalTime.of(18, 0) : slot.closes());
        TimePicker[] pair = {from, to};
        pairs.add(pair);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.setAriaLabel(getTranslation("calendar.slot.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        HorizontalLayout row = new HorizontalLayout(from, to, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        remove.addClickListener(e -> {
            pairs.remove(pair);
            remove(row);
        });
        addComponentAtIndex(Math.max(0, getComponentCount() - 1), row);
    }

    private static TimePicker picker(String id, String label) {
        TimePicker t = new TimePicker();
        t.setId(id);
        t.setAriaLabel(label);
        t.setStep(Duration.ofMinutes(15));
        t.setWidth("7.5em");
        return t;
    }

    List<OpeningSlot> slots() {
        return pairs.stream()
                .filter(p -> p[0].getValue() != null && p[1].getValue() != null)
                .map(p -> new OpeningSlot(p[0].getValue(), p[1].getValue()))
                .toList();
    }

    /** Marks the pair at {@code index} (in the order shown) with the server's wording; false when there is none. */
    boolean mark(int index, String message) {
        if (index < 0 || index >= pairs.size()) {
            return false;
        }
        pairs.get(index)[1].setErrorMessage(message);
        pairs.get(index)[1].setInvalid(true);
        return true;
    }

    void clearMarks() {
        pairs.forEach(p -> p[1].setInvalid(false));
    }
}
