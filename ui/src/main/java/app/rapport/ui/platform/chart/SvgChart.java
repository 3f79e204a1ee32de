package app.rapport.ui.platform.chart;

import com.vaadin.flow.component.Html;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a JFreeChart as an inline SVG element, in fonts that cover Chinese as well as Latin text. The element has a
 * view box and shrinks to the width it is given (never wider than drawn): a chart never runs off a phone's screen.
 */
public final class SvgChart {
    private static final String FONT = "SansSerif";

    private SvgChart() {}

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null)
                .replaceFirst("<svg ", "<svg style=\"max-width:100%;height:auto\" ");
    }

    public static Html component(JFreeChart chart, int width, int height, String id) {
        Html html = new Html("<div>" + svg(chart, width, height) + "</div>");
        html.setId(id);
        return html;
    }

    /** A plain theme: white background, readable fonts. */
    public static void style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.apply(chart);
    }
}
