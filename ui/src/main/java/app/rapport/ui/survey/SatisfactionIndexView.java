package app.rapport.ui.survey;

import app.rapport.api.survey.IndexGrouping;
import app.rapport.api.survey.IndexPeriod;
import app.rapport.api.survey.SatisfactionIndex;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.chart.SvgChart;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The satisfaction index: the mean CSAT answer (1–5) per product, service or tier and per month, quarter or year —
 * the seed's table of products over years — each with its n and 95 % interval, as a table and a line chart drawn on
 * the server. Every number is the API's; the view words it.
 */
@Route(value = "quality/satisfaction", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class SatisfactionIndexView extends VerticalLayout implements HasDynamicTitle {
    private static final Color[] LINES = {
        new Color(0x1565c0),
        new Color(0xd9822b),
        new Color(0x2e7d32),
        new Color(0x6a1b9a),
        new Color(0xc62828),
        new Color(0x00838f),
        new Color(0x5d4037),
        new Color(0x455a64)
    };

    final Select<IndexGrouping> by = new Select<>();
    final Select<IndexPeriod> period = new Select<>();
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Div chart = new Div();
    final Grid<SatisfactionIndex.Row> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final SurveyApi surveys;
    private final Api api;
    private final Map<String, TierDefinition> tiers;
    private SatisfactionIndex shown;

    SatisfactionIndexView(SurveyApi surveys, TiersApi tierApi, Api api) {
        this.surveys = surveys;
        this.api = api;
        this.tiers = api.body(tierApi::settings).tiers().stream()
                .collect(Collectors.toMap(TierDefinition::id, t -> t, (a, b) -> a));
        by.setId("index-by");
        by.setLabel(getTranslation("survey.index.by"));
        by.setItems(IndexGrouping.values());
        by.setItemLabelGenerator(g -> getTranslation("survey.index.by." + g));
        by.setValue(IndexGrouping.PRODUCT);
        period.setId("index-period");
        period.setLabel(getTranslation("survey.index.period"));
        period.setItems(IndexPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("survey.index.period." + p));
        period.setValue(IndexPeriod.QUARTER);
        from.setId("index-from");
        from.setLabel(getTranslation("survey.results.from"));
        from.setClearButtonVisible(true);
        to.setId("index-to");
        to.setLabel(getTranslation("survey.results.to"));
        to.setValue(TenantTime.today());
        by.addValueChangeListener(e -> load());
        period.addValueChangeListener(e -> {
            from.clear();
            load();
        });
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        chart.setId("index-chart");
        chart.setWidthFull();
        grid.setId("index-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        empty.setId("index-empty");
        empty.setText(getTranslation("survey.index.empty"));
        HorizontalLayout bar = new HorizontalLayout(by, period, from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Paragraph conventions = new Paragraph(getTranslation("survey.index.conventions"));
        conventions.setId("index-conventions");
        add(new H2(getTranslation("survey.index.title")), conventions, bar, empty, chart, grid);
        load();
    }

    void load() {
        if (by.getValue() == null || period.getValue() == null) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            shown = api.call(
                    () -> surveys.satisfactionIndex(by.getValue(), period.getValue(), from.getValue(), to.getValue()));
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("from", from, "to", to));
            return;
        }
        grid.removeAllColumns();
        grid.addColumn(this::label)
                .setHeader(getTranslation("survey.index.by." + shown.by()))
                .setFlexGrow(2)
                .setKey("group");
        for (int i = 0; i < shown.periods().size(); i++) {
            int at = i;
            grid.addColumn(r -> cell(r.cells().get(at)))
                    .setHeader(periodLabel(shown.periods().get(i)))
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("p" + i);
        }
        grid.addColumn(r -> cell(r.overall()))
                .setHeader(getTranslation("survey.index.overall"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("overall");
        grid.setItems(shown.rows());
        empty.setVisible(shown.rows().isEmpty());
        grid.setVisible(!shown.rows().isEmpty());
        chart.removeAll();
        if (!shown.rows().isEmpty()) {
            chart.add(chart(shown));
        }
    }

    /** "3.97 (n 30; 3.71–4.23)" in the reader's number format; "—" without answers. */
    String cell(SatisfactionIndex.Cell c) {
        if (c.mean() == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        if (c.low() == null) {
            return getTranslation("survey.index.cell.one", f.format(c.mean()), c.n());
        }
        return getTranslation("survey.index.cell", f.format(c.mean()), c.n(), f.format(c.low()), f.format(c.high()));
    }

    String label(SatisfactionIndex.Row r) {
        if (shown.by() == IndexGrouping.ALL) {
            return getTranslation("survey.index.all");
        }
        if (r.key() == null) {
            return getTranslation("survey.index.none." + shown.by());
        }
        return switch (shown.by()) {
            case PRODUCT, SERVICE ->
                r.name() == null
                        ? r.key()
                        : r.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), r.name());
            case TIER -> tiers.containsKey(r.key()) ? TierNames.of(tiers.get(r.key()), getLocale()) : r.key();
            case ALL -> getTranslation("survey.index.all");
        };
    }

    String periodLabel(String key) {
        return switch (shown.period()) {
            case MONTH ->
                YearMonth.parse(key)
                        .format(DateTimeFormatter.ofPattern(
                                getTranslation("complaint.stats.monthPattern"), getLocale()));
            case QUARTER -> getTranslation("survey.index.quarter", key.substring(0, 4), key.substring(6));
            case YEAR -> getTranslation("survey.index.year", key);
        };
    }

    private com.vaadin.flow.component.Component chart(SatisfactionIndex s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SatisfactionIndex.Row r : s.rows()) {
            for (SatisfactionIndex.Cell c : r.cells()) {
                data.addValue(c.mean(), label(r), periodLabel(c.period()));
            }
        }
        JFreeChart c = ChartFactory.createLineChart(
                getTranslation("survey.index.title"),
                null,
                getTranslation("survey.index.axis"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        SvgChart.style(c);
        NumberAxis y = (NumberAxis) c.getCategoryPlot().getRangeAxis();
        y.setRange(1, 5);
        LineAndShapeRenderer lines = (LineAndShapeRenderer) c.getCategoryPlot().getRenderer();
        lines.setDefaultShapesVisible(true);
        List<?> keys = data.getRowKeys();
        for (int i = 0; i < keys.size(); i++) {
            lines.setSeriesPaint(i, LINES[i % LINES.length]);
            lines.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        return SvgChart.component(c, 760, 340, "index-svg");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.index.title");
    }
}
