package app.rapport.ui.calendar;

import app.rapport.api.calendar.CalendarApi;
import app.rapport.api.calendar.CalendarView;
import app.rapport.api.calendar.CalendarWrite;
import app.rapport.api.calendar.OpeningSlot;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierScope;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the workspace is open — and a tier's service where it differs: opening hours per weekday (several stretches a
 * day: a lunch break is the gap), holidays and special days, the time zone. The clocks of complaints run by it.
 */
@Route(value = "settings/business-hours", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class BusinessHoursView extends VerticalLayout implements HasDynamicTitle {
    private static final Pattern WEEK_FIELD = Pattern.compile("week\\.([A-Z]+)\\[(\\d+)]");
    static final String WORKSPACE = TierScope.WORKSPACE;

    final Select<String> scope = new Select<>();
    final Span inheritance = new Span();
    final Button own = new Button();
    final Button back = new Button();
    final ComboBox<String> zone = new ComboBox<>();
    final Map<DayOfWeek, SlotsEditor> week = new EnumMap<>(DayOfWeek.class);
    final SpecialDaysEditor days = new SpecialDaysEditor();
    final Button save = new Button();
    final VerticalLayout editor = new VerticalLayout();
    private final CalendarApi calendars;
    private final Api api;
    private CalendarView shown;

    BusinessHoursView(CalendarApi calendars, TiersApi tiers, Api api) {
        this.calendars = calendars;
        this.api = api;
        Map<String, TierDefinition> tierById = new java.util.LinkedHashMap<>();
        api.body(tiers::settings).tiers().forEach(t -> tierById.put(t.id(), t));
        TierScope.select(scope, "calendar-scope", "calendar.scope", tierById);
        scope.addValueChangeListener(e -> load());
        inheritance.setId("calendar-inheritance");
        own.setId("calendar-own");
        own.setText(getTranslation("calendar.own"));
        own.addClickListener(e -> {
            editor.setVisible(true);
            own.setVisible(false);
        });
        back.setId("calendar-back");
        back.setText(getTranslation("calendar.back"));
        back.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        back.addClickListener(e -> Confirm.before(
                getTranslation("calendar.back"),
                scope.getItemLabelGenerator().apply(scope.getValue()),
                getTranslation("calendar.back.text"),
                this::backToWorkspace));

        zone.setId("calendar-zone");
        zone.setLabel(getTranslation("calendar.zone"));
        zone.setHelperText(getTranslation("calendar.zone.help"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setClearButtonVisible(true);
        zone.setWidth("22em");
        editor.setPadding(false);
        editor.add(zone, new H3(getTranslation("calendar.week")), new Paragraph(getTranslation("calendar.week.help")));
        for (DayOfWeek d : DayOfWeek.values()) {
            SlotsEditor slots = new SlotsEditor("calendar-" + d.name().toLowerCase());
            week.put(d, slots);
            Span name = new Span(d.getDisplayName(TextStyle.FULL, getLocale()));
            name.setWidth("7em");
            HorizontalLayout row = new HorizontalLayout(name, slots);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            editor.add(row);
        }
        editor.add(new H3(getTranslation("calendar.days")), new Paragraph(getTranslation("calendar.days.help")), days);
        save.setId("calendar-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        editor.add(save);
        HorizontalLayout top = new HorizontalLayout(scope, inheritance, own, back);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.help")), top, editor);
        load();
    }

    private String tier() {
        return WORKSPACE.equals(scope.getValue()) ? null : scope.getValue();
    }

    private void load() {
        String tier = tier();
        shown = api.body(() -> tier == null ? calendars.calendar() : calendars.tierCalendar(tier));
        zone.setValue(shown.ownTimeZone() ? shown.timeZone() : null);
        zone.setPlaceholder(shown.ownTimeZone() ? "" : shown.timeZone());
        week.forEach((d, editor) -> editor.show(shown.week().getOrDefault(d, List.of())));
        days.show(shown.days());
        boolean inherits = tier != null && shown.inherited();
        inheritance.setText(tier == null ? "" : getTranslation(inherits ? "calendar.inherits" : "calendar.ownHours"));
        own.setVisible(inherits);
        back.setVisible(tier != null && !inherits);
        editor.setVisible(!inherits);
    }

    private void save() {
        week.values().forEach(SlotsEditor::clearMarks);
        zone.setInvalid(false);
        Map<DayOfWeek, List<OpeningSlot>> slots = new EnumMap<>(DayOfWeek.class);
        week.forEach((d, editor) -> slots.put(d, editor.slots()));
        CalendarWrite write = new CalendarWrite(zone.getValue(), slots, days.days());
        String etag = "\"" + shown.version() + "\"";
        String tier = tier();
        try {
            api.body(() ->
                    tier == null ? calendars.setCalendar(etag, write) : calendars.setTierCalendar(tier, etag, write));
            load();
            Notices.success(getTranslation("calendar.saved"));
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::load);
            } else if (!markFields(p.fields())) {
                Notices.problem(p);
            }
        }
    }

    /** Puts each field problem beside what it names; false when none could be placed. */
    private boolean markFields(List<FieldProblem> problems) {
        boolean shown = false;
        for (FieldProblem f : problems) {
            Matcher m = WEEK_FIELD.matcher(f.field());
            if (m.matches()) {
                shown |= week.get(DayOfWeek.valueOf(m.group(1))).mark(Integer.parseInt(m.group(2)), Wording.field(f));
            } else if (f.field().equals("timeZone")) {
                zone.setErrorMessage(Wording.field(f));
                zone.setInvalid(true);
                shown = true;
            } else if (f.field().startsWith("days[")) {
                Notices.error(getTranslation("calendar.days") + ": " + Wording.field(f));
                shown = true;
            }
        }
        return shown;
    }

    private void backToWorkspace() {
        try {
            api.body(() -> calendars.removeTierCalendar(tier()));
            load();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
