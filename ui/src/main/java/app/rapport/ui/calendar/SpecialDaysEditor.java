package app.rapport.ui.calendar;

import app.rapport.api.calendar.CalendarDay;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.ui.platform.i18n.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The days that are not like their weekday: a holiday (closed all day) or a special day with its own hours; listed by
 * date, each removable; a new one added with a date, a name and either "closed" or its hours.
 */
class SpecialDaysEditor extends VerticalLayout {
    final Grid<CalendarDay> grid = new Grid<>();
    final DatePicker date = new DatePicker();
    final TextField name = new TextField();
    final Checkbox closed = new Checkbox();
    final SlotsEditor hours = new SlotsEditor("calendar-day-hours");
    final Button add = new Button();
    private final List<CalendarDay> days = new ArrayList<>();

    SpecialDaysEditor() {
        setPadding(false);
        DateTimeFormatter format = Formats.shortDate(getLocale());
        grid.setId("calendar-days");
        grid.addColumn(d -> format.format(d.date()))
                .setHeader(getTranslation("calendar.day.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.name() == null ? "" : d.name())
                .setHeader(getTranslation("calendar.day.name"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.slots().isEmpty()
                        ? getTranslation("calendar.day.closed")
                        : d.slots().stream()
                                .map(s -> s.opens() + "–" + s.closes())
                                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("calendar.day.hours"))
                .setKey("hours")
                .setFlexGrow(2);
        grid.addComponentColumn(d -> {
                    Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                        days.remove(d);
                        grid.setItems(days);
                    });
                    remove.setAriaLabel(getTranslation("action.delete"));
                    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    return remove;
                })
                .setFlexGrow(0)
                .setWidth("5em");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("calendar.days.none"));

        date.setId("calendar-day-date");
        date.setLabel(getTranslation("calendar.day.date"));
        name.setId("calendar-day-name");
        name.setLabel(getTranslation("calendar.day.name"));
        name.setMaxLength(100);
        closed.setId("calendar-day-closed");
        closed.setLabel(getTranslation("calendar.day.closed"));
        closed.setValue(true);
        hours.setVisible(false);
        closed.addValueChangeListener(e -> hours.setVisible(!e.getValue()));
        add.setId("calendar-day-add");
        add.setText(getTranslation("calendar.day.add"));
        add.addClickListener(e -> addDay());
        HorizontalLayout form = new HorizontalLayout(date, name, closed, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(grid, form, hours);
    }

    void show(List<CalendarDay> shown) {
        days.clear();
        days.addAll(shown);
        grid.setItems(days);
    }

    List<CalendarDay> days() {
        return List.copyOf(days);
    }

    private void addDay() {
        if (date.getValue() == null) {
            date.setErrorMessage(getTranslation("validation.required"));
            date.setInvalid(true);
            return;
        }
        date.setInvalid(false);
        List<OpeningSlot> slots = closed.getValue() ? List.of() : hours.slots();
        days.removeIf(d -> d.date().equals(date.getValue())); // a date is listed once: the new entry replaces it
        days.add(new CalendarDay(
                date.getValue(),
                name.getValue().isBlank() ? null : name.getValue().strip(),
                slots));
        days.sort(Comparator.comparing(CalendarDay::date));
        grid.setItems(days);
        date.clear();
        name.clear();
    }
}
