package app.rapport.ui.complaint;

import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.complaint.ComplaintDimension;
import app.rapport.api.complaint.ComplaintStatistics;
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
import java.awt.Color;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The outer loop of service recovery: where complaints come from — by cause, department, product, blueprint step,
 * tier or month, over a period of the workspace's days — as a chart drawn on the server and the figures beside it;
 * beside the complaints, the reasons clients gave in low survey answers (those who never complained).
 */
@Route(value = "complaints/causes", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class ComplaintCausesView extends VerticalLayout implements HasDynamicTitle {
    final Select<ComplaintDimension> by = new Select<>();
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Div chart = new Div();
    final Paragraph total = new Paragraph();
    final Paragraph heard = new Paragraph();
    final Grid<ComplaintStatistics.Row> grid = new Grid<>();
    private final ComplaintApi complaints;
    private final Api api;
    private final Map<String, TierDefinition> tiers;
    private ComplaintStatistics shown;

    ComplaintCausesView(ComplaintApi complaints, TiersApi tierApi, Api api) {
        this.complaints = complaints;
        this.api = api;
        this.tiers = api.body(tierApi::settings).tiers().stream()
                .collect(Collectors.toMap(TierDefinition::id, t -> t, (a, b) -> a));
        by.setId("causes-by");
        by.setLabel(getTranslation("complaint.stats.by"));
        by.setItems(ComplaintDimension.values());
        by.setItemLabelGenerator(d -> getTranslation("complaint.stats.by." + d));
        by.setValue(ComplaintDimension.CAUSE);
        from.setId("causes-from");
        from.setLabel(getTranslation("timeline.from"));
        to.setId("causes-to");
        to.setLabel(getTranslation("timeline.to"));
        to.setValue(TenantTime.today());
        from.setValue(TenantTime.today().minusMonths(12).plusDays(1));
        by.addValueChangeListener(e -> load());
        from.addValueChangeListener(e -> load());
        to.addValueChangeListener(e -> load());
        chart.setId("causes-chart");
        chart.setWidthFull();
        total.setId("causes-total");
        heard.setId("causes-heard");
        grid.setId("causes-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(this::label)
                .setHeader(getTranslation("complaint.stats.value"))
                .setFlexGrow(3)
                .setKey("value");
        grid.addColumn(ComplaintStatistics.Row::complaints)
                .setHeader(getTranslation("complaint.title"))
                .setKey("complaints");
        grid.addColumn(ComplaintStatistics.Row::upheld)
                .setHeader(getTranslation("complaint.status.UPHELD"))
                .setKey("upheld");
        grid.addColumn(ComplaintStatistics.Row::open)
                .setHeader(getTranslation("complaint.stats.open"))
                .setKey("open");
        grid.addColumn(ComplaintStatistics.Row::systemic)
                .setHeader(getTranslation("complaint.stats.systemic"))
                .setKey("systemic");
        grid.addColumn(ComplaintStatistics.Row::reopened)
                .setHeader(getTranslation("complaint.stats.reopened"))
                .setKey("reopened");
        grid.addColumn(ComplaintStatistics.Row::surveyReasons)
                .setHeader(getTranslation("complaint.stats.surveyReasons"))
                .setKey("surveyReasons");
        grid.setAllRowsVisible(true);
        HorizontalLayout bar = new HorizontalLayout(by, from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(
                new H2(getTranslation("complaint.stats.title")),
                new Paragraph(getTranslation("complaint.stats.help")),
                bar,
                total,
                heard,
                chart,
                grid);
        load();
    }

    void load() {
        if (by.getValue() == null) {
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            shown = api.call(() -> complaints.statistics(by.getValue(), from.getValue(), to.getValue()));
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("from", from, "to", to));
            return;
        }
        total.setText(getTranslation("complaint.stats.total", shown.total()));
        heard.setText(getTranslation("complaint.stats.heard", shown.surveyReasons()));
        heard.setVisible(shown.surveyReasons() > 0);
        grid.setItems(shown.rows());
        chart.removeAll();
        if (!shown.rows().isEmpty()) {
            chart.add(chart(shown));
        }
    }

    private com.vaadin.flow.component.Component chart(ComplaintStatistics s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String all = getTranslation("complaint.title");
        String upheld = getTranslation("complaint.status.UPHELD");
        String systemic = getTranslation("complaint.stats.systemic");
        String voiced = getTranslation("complaint.stats.surveyReasons");
        for (ComplaintStatistics.Row r : s.rows()) {
            String key = label(r);
            data.addValue(r.complaints(), all, key);
            data.addValue(r.upheld(), upheld, key);
            data.addValue(r.systemic(), systemic, key);
            if (s.surveyReasons() > 0) {
                data.addValue(r.surveyReasons(), voiced, key);
            }
        }
        JFreeChart c = ChartFactory.createBarChart(
                getTranslation("complaint.stats.by." + s.by()),
                null,
                all,
                data,
                s.by() == ComplaintDimension.MONTH ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        SvgChart.style(c);
        BarRenderer bars = (BarRenderer) c.getCategoryPlot().getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x1565c0));
        bars.setSeriesPaint(1, new Color(0xd9822b));
        bars.setSeriesPaint(2, new Color(0xc62828));
        bars.setSeriesPaint(3, new Color(0x6a1b9a));
        int height = s.by() == ComplaintDimension.MONTH
                ? 320
                : Math.max(240, 60 + 36 * s.rows().size());
        return SvgChart.component(c, 760, height, "causes-svg");
    }

    String label(ComplaintStatistics.Row r) {
        if (r.key() == null) {
            return getTranslation("complaint.stats.none." + by.getValue());
        }
        return switch (shown.by()) {
            case CAUSE -> getTranslation("complaint.cause." + r.key());
            case DEPARTMENT, PRODUCT -> r.name() == null ? r.key() : r.name();
            case STEP -> r.step() == null ? r.key() : r.step().in(MessagesI18NProvider.languageTag(getLocale()));
            case TIER -> tiers.containsKey(r.key()) ? TierNames.of(tiers.get(r.key()), getLocale()) : r.key();
            case MONTH ->
                YearMonth.parse(r.key())
                        .format(DateTimeFormatter.ofPattern(
                                getTranslation("complaint.stats.monthPattern"), getLocale()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.stats.title");
    }
}
