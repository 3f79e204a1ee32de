package app.rapport.ui.survey;

import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveyResults;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What clients said, per survey form and period (the tenant's calendar, default the last twelve months): the response
 * rate, CSAT, NPS and effort with their n, the SERVQUAL gaps by dimension and item with the conventions on screen,
 * the month-by-month trend and the reasons given for low scores. Every number is the API's; the view words it.
 */
@Route(value = "quality/surveys", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class SurveyResultsView extends VerticalLayout implements HasDynamicTitle {
    final Select<InstrumentView> instrument = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final FlexLayout figures = new FlexLayout();
    final VerticalLayout servqual = new VerticalLayout();
    final Grid<SurveyResults.Month> months = new Grid<>();
    final Paragraph reasons = new Paragraph();
    final Paragraph empty = new Paragraph();
    private final SurveyApi surveys;
    private final Api api;
    private final Locale locale;
    private SurveyResults shown;

    SurveyResultsView(SurveyApi surveys, Api api) {
        this.surveys = surveys;
        this.api = api;
        this.locale = getLocale();
        String tag = MessagesI18NProvider.languageTag(locale);
        List<InstrumentView> forms = api.call(() -> surveys.instruments(false));
        instrument.setId("results-instrument");
        instrument.setLabel(getTranslation("survey.instrument"));
        instrument.setItems(forms);
        instrument.setItemLabelGenerator(i -> i.nameTranslations().in(tag, i.name()));
        instrument.setWidth("20em");
        LocalDate today = TenantTime.today();
        from.setId("results-from");
        from.setLabel(getTranslation("survey.results.from"));
        from.setValue(today.minusMonths(12).plusDays(1));
        to.setId("results-to");
        to.setLabel(getTranslation("survey.results.to"));
        to.setValue(today);
        instrument.addValueChangeListener(e -> load());
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        FlexLayout filters = new FlexLayout(instrument, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m, 1em)");
        figures.setId("results-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m, 1em)");
        servqual.setId("results-servqual");
        servqual.setPadding(false);
        months.setId("results-months");
        months.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        DateTimeFormatter month =
                DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh") ? "yyyy年M月" : "MMM yyyy", locale);
        months.addColumn(m -> month.format(YearMonth.parse(m.month())))
                .setHeader(getTranslation("survey.results.month"))
                .setKey("month");
        months.addColumn(SurveyResults.Month::answered)
                .setHeader(getTranslation("survey.answered"))
                .setKey("answered");
        months.addColumn(m -> m.csatShare() == null ? "—" : percent(m.csatShare()))
                .setHeader(getTranslation("survey.results.csat"))
                .setKey("csat");
        months.addColumn(m -> m.nps() == null ? "—" : number(m.nps(), 0))
                .setHeader(getTranslation("survey.results.nps"))
                .setKey("nps");
        months.setAllRowsVisible(true);
        reasons.setId("results-reasons");
        empty.setId("results-empty");
        add(
                new H2(getTranslation("survey.results.title")),
                new Paragraph(getTranslation("survey.results.help")),
                filters,
                empty,
                figures,
                servqual,
                new H3(getTranslation("survey.results.trend")),
                months,
                new H3(getTranslation("survey.results.reasons")),
                reasons);
        if (forms.isEmpty()) {
            empty.setText(getTranslation("survey.results.noForms"));
            figures.setVisible(false);
        } else {
            instrument.setValue(forms.getFirst());
        }
    }

    void load() {
        if (instrument.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return;
        }
        try {
            show(api.call(() -> surveys.surveyResults(instrument.getValue().id(), from.getValue(), to.getValue())));
            from.setInvalid(false);
            to.setInvalid(false);
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("from", from, "to", to));
        }
    }

    void show(SurveyResults r) {
        shown = r;
        figures.removeAll();
        empty.setText(r.answered() == 0 ? getTranslation("survey.results.none") : "");
        empty.setVisible(r.answered() == 0);
        figures.add(card(
                "results-rate",
                getTranslation("survey.results.rate"),
                r.responseRate() == null ? "—" : percent(r.responseRate()),
                getTranslation("survey.results.rate.of", r.answered(), r.invited())));
        if (r.csat() != null) {
            figures.add(card(
                    "results-csat",
                    getTranslation("survey.results.csat"),
                    percent(r.csat().share()),
                    getTranslation(
                            "survey.results.csat.of",
                            r.csat().positive(),
                            r.csat().n(),
                            r.csat().positiveFrom())));
        }
        if (r.nps() != null) {
            figures.add(card(
                    "results-nps",
                    getTranslation("survey.results.nps"),
                    number(r.nps().score(), 0),
                    getTranslation(
                            "survey.results.nps.of",
                            r.nps().n(),
                            r.nps().promoters(),
                            r.nps().passives(),
                            r.nps().detractors())));
        }
        if (r.effort() != null) {
            figures.add(card(
                    "results-effort",
                    getTranslation("survey.results.effort"),
                    number(r.effort().mean(), 1),
                    getTranslation("survey.results.effort.of", r.effort().n())));
        }
        showServqual(r.servqual());
        months.setItems(r.months());
        String list = String.join(
                locale.getLanguage().equals("zh") ? "；" : "; ",
                r.reasons().stream()
                        .map(x -> getTranslation(
                                "survey.results.reason", getTranslation("complaint.cause." + x.cause()), x.count()))
                        .toList());
        reasons.setText(list.isEmpty() ? getTranslation("survey.results.noReasons") : list);
    }

    private void showServqual(SurveyResults.Servqual s) {
        servqual.removeAll();
        servqual.setVisible(s != null);
        if (s == null) {
            return;
        }
        servqual.add(new H3(getTranslation("survey.results.servqual", s.n())));
        Grid<SurveyResults.DimensionGap> dims = new Grid<>();
        dims.setId("results-dimensions");
        dims.addColumn(d -> getTranslation("servqual.dimension." + d.dimension()))
                .setHeader(getTranslation("survey.dimension"))
                .setKey("dimension");
        dims.addColumn(d -> d.gap() == null ? "—" : signed(d.gap()))
                .setHeader(getTranslation("survey.results.gap"))
                .setKey("gap");
        dims.addComponentColumn(d -> bar(d.gap())).setHeader("").setKey("bar").setFlexGrow(2);
        dims.setItems(s.dimensions());
        dims.setAllRowsVisible(true);
        Paragraph overall = new Paragraph(getTranslation(
                "survey.results.overall",
                s.unweighted() == null ? "—" : signed(s.unweighted()),
                s.weighted() == null ? "—" : signed(s.weighted()),
                s.weightedN()));
        overall.setId("results-overall");
        Paragraph conventions = new Paragraph(getTranslation("survey.results.conventions"));
        conventions.setId("results-conventions");
        conventions.getStyle().set("color", "var(--lumo-secondary-text-color, #5f6368)");
        Grid<SurveyResults.ItemGap> items = new Grid<>();
        items.setId("results-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT);
        items.addColumn(SurveyResults.ItemGap::item)
                .setHeader("#")
                .setAutoWidth(true)
                .setKey("item");
        items.addColumn(i -> getTranslation("servqual.dimension." + i.dimension()))
                .setHeader(getTranslation("survey.dimension"))
                .setKey("dimension");
        items.addColumn(i -> i.gap() == null ? "—" : signed(i.gap()))
                .setHeader(getTranslation("survey.results.gap"))
                .setKey("gap");
        items.setItems(s.items());
        items.setAllRowsVisible(true);
        com.vaadin.flow.component.details.Details byItem =
                new com.vaadin.flow.component.details.Details(getTranslation("survey.results.byItem"), items);
        servqual.add(dims, overall, conventions, byItem);
    }

    /** A gap as a bar from the middle: left and red below expectation, right and green above (scale ±3). */
    private Div bar(Double gap) {
        Div track = new Div();
        track.getStyle()
                .set("position", "relative")
                .set("height", "0.8em")
                .set("width", "100%")
                .set("background", "var(--lumo-contrast-5pct, rgba(0, 0, 0, 0.05))")
                .set("border-radius", "0.4em");
        if (gap != null) {
            double share = Math.min(Math.abs(gap), 3) / 3 * 50;
            Div fill = new Div();
            fill.getStyle()
                    .set("position", "absolute")
                    .set("top", "0")
                    .set("bottom", "0")
                    .set(gap < 0 ? "right" : "left", "50%")
                    .set("width", share + "%")
                    .set(
                            "background",
                            gap < 0 ? "var(--lumo-error-color, #c62828)" : "var(--lumo-success-color, #2e7d32)")
                    .set("border-radius", "0.4em");
            track.add(fill);
        }
        return track;
    }

    private static Div card(String id, String label, String value, String detail) {
        Div card = new Div();
        card.setId(id);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1))")
                .set("border-radius", "var(--lumo-border-radius-l, 0.75em)")
                .set("padding", "var(--lumo-space-m, 1em)")
                .set("min-width", "12em")
                .set("flex", "1 1 12em");
        Span l = new Span(label);
        l.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color, #5f6368)");
        Span v = new Span(value);
        v.getStyle()
                .set("display", "block")
                .set("font-size", "var(--lumo-font-size-xxl, 1.75rem)")
                .set("font-weight", "600");
        Span d = new Span(detail);
        d.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        card.add(l, v, d);
        return card;
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    private String number(double x, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(x);
    }

    private String signed(double gap) {
        return (gap > 0 ? "+" : "") + number(gap, 2);
    }

    SurveyResults shown() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.results.title");
    }
}
