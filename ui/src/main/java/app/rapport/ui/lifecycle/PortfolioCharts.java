package app.rapport.ui.lifecycle;

import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.PortfolioCell;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageMove;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.platform.chart.SvgChart;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.Component;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The portfolio as charts drawn on the server: clients by stage stacked by tier, and the stage moves. */
final class PortfolioCharts {
    private PortfolioCharts() {}

    static Component byStage(Portfolio p, List<TierDefinition> tiers, Locale locale, Function<String, String> text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, TierDefinition> byId = tiers.stream().collect(Collectors.toMap(TierDefinition::id, t -> t));
        // every stage is a column, even an empty one, so that the four stages always read left to right
        for (Stage s : Stage.values()) {
            data.addValue(0, text.apply("tiers.unclassified"), text.apply("stage." + s));
        }
        for (TierDefinition t : tiers) {
            for (Stage s : Stage.values()) {
                data.addValue(0, TierNames.of(t, locale), text.apply("stage." + s));
            }
        }
        for (PortfolioCell c : p.cells()) {
            TierDefinition t = c.tierId() == null ? null : byId.get(c.tierId());
            String series = t == null ? text.apply("tiers.unclassified") : TierNames.of(t, locale);
            data.addValue(c.clients(), series, text.apply("stage." + c.stage()));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                text.apply("portfolio.chart.stages"),
                null,
                text.apply("portfolio.chart.clients"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        SvgChart.style(chart);
        BarRenderer bars = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        integerAxis(chart);
        bars.setSeriesPaint(0, new Color(0xc5ccd3));
        for (int i = 0; i < tiers.size(); i++) {
            bars.setSeriesPaint(i + 1, Color.decode(tiers.get(i).colour()));
        }
        return SvgChart.component(chart, 640, 320, "portfolio-chart");
    }

    /** Counts of clients: whole-number ticks only. */
    private static void integerAxis(JFreeChart chart) {
        ((org.jfree.chart.axis.NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis())
                .setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    }

    static Component moves(Portfolio p, Function<String, String> text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = text.apply("portfolio.chart.moves");
        for (StageMove m : p.moves()) {
            data.addValue(m.count(), series, text.apply("stage." + m.from()) + " → " + text.apply("stage." + m.to()));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                text.apply("portfolio.chart.movesTitle"),
                null,
                text.apply("portfolio.chart.count"),
                data,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        SvgChart.style(chart);
        BarRenderer bars = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        integerAxis(chart);
        bars.setSeriesPaint(0, new Color(0x1a7f5a));
        return SvgChart.component(chart, 520, Math.max(160, 60 + 36 * p.moves().size()), "moves-chart");
    }
}
