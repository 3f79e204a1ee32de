package app.rapport.ui.tier;

import app.rapport.api.tier.TierDistribution;
import app.rapport.ui.platform.chart.SvgChart;
import com.vaadin.flow.component.Component;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The tier distribution as a grouped bar chart: share of clients, of revenue and of margin per tier (percent). */
final class TierChart {
    private TierChart() {}

    static Component of(TierDistribution d, Locale locale, Function<String, String> text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String clients = text.apply("tiers.chart.clients");
        String revenue = text.apply("tiers.chart.revenue");
        String margin = text.apply("tiers.chart.margin");
        for (TierDistribution.Row r : d.rows()) {
            String tier = r.tier() == null ? text.apply("tiers.unclassified") : TierNames.of(r.tier(), locale);
            BigDecimal clientShare = d.clients() == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(100L * r.clients())
                            .divide(BigDecimal.valueOf(d.clients()), 1, RoundingMode.HALF_UP);
            data.addValue(clientShare, clients, tier);
            data.addValue(r.revenueShare(), revenue, tier);
            data.addValue(r.marginShare(), margin, tier);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                text.apply("tiers.chart.title"),
                null,
                text.apply("tiers.chart.percent"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        SvgChart.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 100);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x9aa5b1));
        bars.setSeriesPaint(1, new Color(0x1a7f5a));
        bars.setSeriesPaint(2, new Color(0xd9822b));
        return SvgChart.component(chart, 720, 320, "tier-chart");
    }
}
