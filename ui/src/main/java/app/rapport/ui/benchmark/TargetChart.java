package app.rapport.ui.benchmark;

import app.rapport.api.benchmark.MeasurementView;
import app.rapport.api.benchmark.TargetView;
import app.rapport.ui.platform.chart.SvgChart;
import com.vaadin.flow.component.Component;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A target's chart, drawn on the server: the actual from the baseline through every measurement, the straight line
 * the progress policy expects from baseline to target, and the baseline, target and competitor as level lines.
 */
final class TargetChart {
    private static final Color ACTUAL = new Color(0x1565c0);
    private static final Color PLAN = new Color(0x90a4ae);
    private static final Color TARGET = new Color(0x2e7d32);
    private static final Color COMPETITOR = new Color(0xc62828);
    private static final Color BASELINE = new Color(0x607080);

    private TargetChart() {}

    static Component of(TargetView t, Locale locale, Function<String, String> text) {
        TimeSeries actual = new TimeSeries(text.apply("benchmark.chart.actual"));
        actual.addOrUpdate(day(t.baselineOn()), t.baselineValue());
        for (MeasurementView m : t.measurements()) {
            actual.addOrUpdate(day(m.measuredOn()), m.value());
        }
        TimeSeries plan = new TimeSeries(text.apply("benchmark.chart.plan"));
        plan.addOrUpdate(day(t.baselineOn()), t.baselineValue());
        plan.addOrUpdate(day(t.dueOn()), t.targetValue());
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(actual);
        data.addSeries(plan);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                Statuses.metric(t, locale), null, Statuses.unit(t, text), data, true, false, false);
        SvgChart.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, ACTUAL);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        lines.setSeriesPaint(1, PLAN);
        lines.setSeriesShapesVisible(1, false);
        lines.setSeriesStroke(
                1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(lines);
        plot.addRangeMarker(level(t.targetValue().doubleValue(), TARGET, text.apply("benchmark.chart.target")));
        plot.addRangeMarker(level(t.baselineValue().doubleValue(), BASELINE, text.apply("benchmark.chart.baseline")));
        if (t.competitorValue() != null) {
            plot.addRangeMarker(level(
                    t.competitorValue().doubleValue(),
                    COMPETITOR,
                    text.apply("benchmark.chart.competitor") + " · " + t.competitorName()));
        }
        // the markers lie within the visible range even when the actual never comes near them
        double low = Math.min(t.targetValue().doubleValue(), t.baselineValue().doubleValue());
        double high = Math.max(t.targetValue().doubleValue(), t.baselineValue().doubleValue());
        if (t.competitorValue() != null) {
            low = Math.min(low, t.competitorValue().doubleValue());
            high = Math.max(high, t.competitorValue().doubleValue());
        }
        for (MeasurementView m : t.measurements()) {
            low = Math.min(low, m.value().doubleValue());
            high = Math.max(high, m.value().doubleValue());
        }
        double pad = Math.max(1e-6, (high - low) * 0.12);
        plot.getRangeAxis().setRange(low - pad, high + pad);
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM-dd", locale));
        return SvgChart.component(chart, 760, 360, "target-chart");
    }

    private static ValueMarker level(double value, Color colour, String label) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1.2f));
        m.setLabel(label);
        m.setLabelPaint(colour);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
