package app.rapport.ui.quality;

import app.rapport.api.quality.BaselineWrite;
import app.rapport.api.quality.ChartKind;
import app.rapport.api.quality.ChartPointView;
import app.rapport.api.quality.ChartRules;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.api.quality.QualityApi;
import app.rapport.api.quality.QualityMetric;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Control charts of the weekly series: pick a metric, read its chart (drawn on the server), the signals its rules
 * found in the reader's words, the conventions on screen, and the weeks behind it; set the baseline its limits are
 * frozen on, and which rules apply.
 */
@Route(value = "quality/charts", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class ControlChartsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    final Select<QualityMetric> metric = new Select<>();
    final Div chart = new Div();
    final Paragraph summary = new Paragraph();
    final Paragraph conventions = new Paragraph();
    final VerticalLayout signals = new VerticalLayout();
    final Grid<ChartPointView> weeks = new Grid<>();
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Select<ChartRules> rules = new Select<>();
    final Button save = new Button();
    private final QualityApi quality;
    private final Api api;
    private final DateTimeFormatter day;
    private ControlChartView shown;

    ControlChartsView(QualityApi quality, Api api) {
        this.quality = quality;
        this.api = api;
        day = Formats.shortDate(getLocale());
        metric.setId("quality-metric");
        metric.setLabel(getTranslation("quality.metric"));
        metric.setItems(QualityMetric.values());
        metric.setItemLabelGenerator(m -> m == null ? "" : getTranslation("quality.metric." + m));
        metric.setValue(QualityMetric.COMPLAINTS_PER_100_TOUCHPOINTS);
        metric.setWidth("min(100%, 24em)");
        metric.addValueChangeListener(e -> load());
        chart.setId("quality-chart-box");
        chart.setWidthFull();
        summary.setId("quality-summary");
        conventions.setId("quality-conventions");
        conventions.getStyle().set("color", "var(--lumo-secondary-text-color)");
        signals.setId("quality-signals");
        signals.setPadding(false);
        signals.setSpacing(false);
        weeks.setId("quality-weeks");
        weeks.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        weeks.addColumn(p -> day.format(p.week()))
                .setHeader(getTranslation("quality.week"))
                .setKey("week");
        weeks.addColumn(p -> number(p.value()))
                .setHeader(getTranslation("quality.chart.value"))
                .setKey("value");
        weeks.addColumn(this::counted)
                .setHeader(getTranslation("quality.counted"))
                .setKey("counted");
        weeks.addColumn(p -> number(p.lower()) + " – " + number(p.upper()))
                .setHeader(getTranslation("quality.limits"))
                .setKey("limits");
        weeks.addColumn(p -> p.baseline() ? getTranslation("quality.inBaseline") : "")
                .setHeader(getTranslation("quality.baseline"))
                .setKey("baseline");
        weeks.setAllRowsVisible(true);
        from.setId("quality-from");
        from.setLabel(getTranslation("quality.baseline.from"));
        to.setId("quality-to");
        to.setLabel(getTranslation("quality.baseline.to"));
        rules.setId("quality-rules");
        rules.setLabel(getTranslation("quality.rules"));
        rules.setItems(ChartRules.values());
        rules.setItemLabelGenerator(r -> r == null ? "" : getTranslation("quality.rules." + r));
        rules.setWidth("min(100%, 18em)");
        save.setId("quality-save");
        save.setText(getTranslation("quality.baseline.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setMinHeight("44px");
        save.addClickListener(e -> save());
        HorizontalLayout baseline = new HorizontalLayout(from, to, rules, save);
        baseline.setAlignItems(FlexComponent.Alignment.BASELINE);
        baseline.setWrap(true);
        add(
                new H2(getTranslation("quality.title")),
                new Paragraph(getTranslation("quality.help")),
                metric,
                summary,
                chart,
                conventions,
                new H3(getTranslation("quality.signals")),
                signals,
                new H3(getTranslation("quality.baseline.title")),
                baseline,
                weeks);
        load();
    }

    void load() {
        if (metric.getValue() == null) {
            return;
        }
        shown = api.body(() -> quality.chart(metric.getValue()));
        chart.removeAll();
        signals.removeAll();
        if (shown.points().isEmpty()) {
            summary.setText(getTranslation("quality.noData"));
        } else {
            chart.add(ControlChartDrawing.of(shown, this::getTranslation));
            summary.setText(getTranslation(
                    "quality.summary",
                    number(shown.centre()),
                    day.format(shown.baselineFrom()),
                    day.format(shown.baselineTo()),
                    getTranslation("quality.rules." + shown.rules())));
        }
        conventions.setText(getTranslation("quality.kind." + shown.kind())
                + " "
                + (shown.baselineSet()
                        ? getTranslation(
                                "quality.baseline.setBy", shown.baselineSetBy(), day.format(shown.baselineFrom()))
                        : getTranslation("quality.baseline.default")));
        if (shown.signals().isEmpty() && !shown.points().isEmpty()) {
            signals.add(new Span(getTranslation("quality.noSignal")));
        }
        for (ChartSignalView s : shown.signals()) {
            Span line = new Span(
                    getTranslation("quality.signal", day.format(s.week()), getTranslation("quality.rule." + s.rule())));
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            line.addClassName("quality-signal");
            signals.add(line);
        }
        weeks.setItems(shown.points().reversed());
        from.setValue(shown.baselineFrom());
        to.setValue(shown.baselineTo());
        rules.setValue(shown.rules());
    }

    private void save() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (FieldErrors.missing(from, from.getValue() == null) | FieldErrors.missing(to, to.getValue() == null)) {
            return;
        }
        String etag = "\"" + shown.version() + "\"";
        try {
            api.call(() -> quality.setBaseline(
                    metric.getValue(), etag, new BaselineWrite(from.getValue(), to.getValue(), rules.getValue())));
            Notices.success(getTranslation("quality.baseline.saved"));
            load();
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::load);
                return;
            }
            FieldErrors.show(p, Map.of("from", from, "to", to, "rules", rules));
        }
    }

    private String counted(ChartPointView p) {
        return shown.kind() == ChartKind.XMR
                ? getTranslation("quality.counted." + shown.metric(), p.events())
                : getTranslation("quality.counted." + shown.kind(), p.events(), p.exposure());
    }

    private String number(Double v) {
        if (v == null) {
            return "";
        }
        if (shown.metric().kind() == ChartKind.P) {
            NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
            percent.setMaximumFractionDigits(1);
            return percent.format(v);
        }
        NumberFormat n = NumberFormat.getNumberInstance(getLocale());
        n.setMaximumFractionDigits(2);
        return n.format(v);
    }

    /** A link may name the metric ({@code ?metric=CARE_ON_TIME}: a signal's notice does). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("metric").ifPresent(m -> {
            try {
                metric.setValue(QualityMetric.valueOf(m));
            } catch (IllegalArgumentException ignored) {
                // an unknown metric in a link leaves the default
            }
        });
    }

    /** For a test: the chart's component, if drawn. */
    Component drawn() {
        return chart.getChildren().findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.title");
    }
}
