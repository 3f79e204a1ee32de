package app.rapport.ui.quality;

import app.rapport.api.quality.ChartKind;
import app.rapport.api.quality.ChartPointView;
import app.rapport.api.quality.ChartSignalView;
import app.rapport.api.quality.ControlChartView;
import app.rapport.ui.platform.chart.SvgChart;
import com.vaadin.flow.component.Component;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A control chart drawn on the server: the weekly values joined by a line, the centre line, the upper and lower limits
 * (steps where the exposure changes them), the weeks with a signal in red. The figures are in the table beside it.
 */
final class ControlChartDrawing {
    private static final Color VALUE = new Color(0x1565c0);
    private static final Color CENTRE = new Color(0x2e7d32);
    private static final Color LIMIT = new Color(0x8d6e63);
    private static final Color SIGNAL = new Color(0xc62828);

    private ControlChartDrawing() {}

    static Component of(ControlChartView c, Function<String, String> text) {
        TimeSeries value = new TimeSeries(text.apply("quality.chart.value"));
        TimeSeries centre = new TimeSeries(text.apply("quality.chart.centre"));
        TimeSeries upper = new TimeSeries(text.apply("quality.chart.upper"));
        TimeSeries lower = new TimeSeries(text.apply("quality.chart.lower"));
        TimeSeries signals = new TimeSeries(text.apply("quality.chart.signal"));
        Set<LocalDate> flagged = c.signals().stream().map(ChartSignalView::week).collect(Collectors.toSet());
        for (ChartPointView p : c.points()) {
            Day d = day(p.week());
            value.addOrUpdate(d, p.value());
            centre.addOrUpdate(d, p.centre());
            upper.addOrUpdate(d, p.upper());
            lower.addOrUpdate(d, p.lower());
            if (flagged.contains(p.week())) {
                signals.addOrUpdate(d, p.value());
            }
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(value);
        data.addSeries(centre);
        data.addSeries(upper);
        data.addSeries(lower);
        data.addSeries(signals);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                text.apply("quality.metric." + c.metric()),
                null,
                text.apply("quality.unit." + c.metric()),
                data,
                true,
                false,
                false);
        SvgChart.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, VALUE);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesPaint(1, CENTRE);
        r.setSeriesShapesVisible(1, false);
        for (int s = 2; s <= 3; s++) {
            r.setSeriesPaint(s, LIMIT);
            r.setSeriesShapesVisible(s, false);
            r.setSeriesStroke(
                    s,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        r.setSeriesPaint(4, SIGNAL);
        r.setSeriesLinesVisible(4, false);
        r.setSeriesShape(4, new Ellipse2D.Double(-6, -6, 12, 12));
        plot.setRenderer(r);
        // numbers only on the time axis: no English month names on a Chinese page
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new SimpleDateFormat("M/d"));
        // every series here is 0 or more: the axis starts at 0 and reaches past the highest limit or value
        double top = c.metric().kind() == ChartKind.P ? 0.1 : 1.0;
        for (ChartPointView p : c.points()) {
            top = Math.max(top, Math.max(p.upper(), p.value()));
        }
        ((NumberAxis) plot.getRangeAxis()).setRange(0, top * 1.1);
        return SvgChart.component(chart, 760, 420, "quality-chart");
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
