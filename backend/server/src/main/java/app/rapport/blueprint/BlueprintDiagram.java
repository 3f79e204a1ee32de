package app.rapport.blueprint;

import static app.rapport.blueprint.DiagramShapes.BOX_W;
import static app.rapport.blueprint.DiagramShapes.COL_W;
import static app.rapport.blueprint.DiagramShapes.FONT;
import static app.rapport.blueprint.DiagramShapes.INK;
import static app.rapport.blueprint.DiagramShapes.LABEL_W;
import static app.rapport.blueprint.DiagramShapes.LEGEND_H;
import static app.rapport.blueprint.DiagramShapes.MUTED;
import static app.rapport.blueprint.DiagramShapes.TOP;
import static app.rapport.blueprint.DiagramShapes.arrow;
import static app.rapport.blueprint.DiagramShapes.drawLines;
import static app.rapport.blueprint.DiagramShapes.legend;
import static app.rapport.blueprint.DiagramShapes.step;
import static app.rapport.blueprint.DiagramShapes.wrap;

import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.VersionView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a blueprint version: the four lanes with the three lines between them, each step in its lane and column
 * (touchpoints with a blue border, fail points marked), the flows as arrows, and — with a performance — each
 * step's figures, coloured green when it meets its standard and red when it misses it. One drawing, two outputs:
 * SVG for the screen and PNG for documents.
 */
@Singleton
class BlueprintDiagram {

    String svg(VersionView version, @Nullable Performance performance, Locale locale) {
        Size size = size(version, performance);
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        draw(g, version, performance, locale, size);
        // with a view box the drawing scales to the width it is given and keeps its proportions
        return "<?xml version=\"1.0\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
    }

    byte[] png(VersionView version, @Nullable Performance performance, Locale locale) {
        Size size = size(version, performance);
        int scale = 2;
        BufferedImage image =
                new BufferedImage(size.width() * scale, size.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        draw(g, version, performance, locale, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    record Size(int width, int height, int laneHeight, int cols) {}

    private static Size size(VersionView version, @Nullable Performance performance) {
        int cols = Math.max(
                3, version.steps().stream().mapToInt(StepView::col).max().orElse(0));
        int laneHeight = performance == null ? 110 : 150; // two lines of name, each line of figures may wrap once
        return new Size(LABEL_W + cols * COL_W + 16, TOP + 4 * laneHeight + LEGEND_H, laneHeight, cols);
    }

    private static void draw(
            Graphics2D g, VersionView version, @Nullable Performance performance, Locale locale, Size size) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "blueprint.diagram",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Function<String, String> t = texts::getString;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.width(), size.height());

        g.setColor(INK);
        g.setFont(new Font(FONT, Font.BOLD, 16));
        g.drawString(
                MessageFormat.format(
                        t.apply("title"),
                        version.blueprintNameTranslations().in(language(locale), version.blueprintName()),
                        String.valueOf(version.number()),
                        t.apply("status." + version.status())),
                12,
                24);
        if (performance != null) {
            g.setFont(new Font(FONT, Font.PLAIN, 12));
            g.setColor(MUTED);
            g.drawString(
                    MessageFormat.format(
                            t.apply("period"),
                            performance.from().toString(),
                            performance.to().toString()),
                    12,
                    44);
        }

        int laneHeight = size.laneHeight();
        Lane[] lanes = Lane.values();
        for (int i = 0; i < lanes.length; i++) {
            int y = TOP + i * laneHeight;
            g.setColor(i % 2 == 0 ? new Color(0xf7f9fb) : new Color(0xeef2f6));
            g.fillRect(0, y, size.width(), laneHeight);
            g.setColor(INK);
            g.setFont(new Font(FONT, Font.BOLD, 12));
            drawLines(g, wrap(t.apply("lane." + lanes[i]), g.getFontMetrics(), LABEL_W - 20, 3), 10, y + 22, 15);
        }
        String[] lineKeys = {"line.interaction", "line.visibility", "line.internal"};
        Stroke[] lineStrokes = {
            new BasicStroke(2f),
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 5f}, 0f),
            new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f)
        };
        g.setFont(new Font(FONT, Font.ITALIC, 10));
        for (int i = 0; i < 3; i++) {
            int y = TOP + (i + 1) * laneHeight;
            g.setColor(new Color(0x455a64));
            g.setStroke(lineStrokes[i]);
            g.drawLine(0, y, size.width(), y);
            // in the label column, just above the line, where no step is drawn
            g.drawString(t.apply(lineKeys[i]), 8, y - 6);
        }
        g.setStroke(new BasicStroke(1f));

        Map<String, StepPerformance> perf = performance == null
                ? Map.of()
                : performance.steps().stream().collect(Collectors.toMap(StepPerformance::stepId, p -> p));
        Map<String, DiagramShapes.Box> boxes = new HashMap<>();
        for (StepView s : version.steps()) {
            int x = LABEL_W + (s.col() - 1) * COL_W + (COL_W - BOX_W) / 2;
            int y = TOP + s.lane().ordinal() * laneHeight + 10;
            boxes.put(s.id(), new DiagramShapes.Box(x, y, BOX_W, laneHeight - 20));
        }
        g.setColor(new Color(0x37474f));
        g.setStroke(new BasicStroke(1.4f));
        for (FlowView f : version.flows()) {
            DiagramShapes.Box from = boxes.get(f.fromStepId());
            DiagramShapes.Box to = boxes.get(f.toStepId());
            if (from != null && to != null) {
                arrow(g, from, to);
            }
        }
        for (StepView s : version.steps()) {
            // a step that takes no touchpoints and had none shows no figures: there is nothing to show
            StepPerformance p = performance == null ? null : perf.get(s.id());
            boolean shown = p != null && (s.touchpoint() || p.touchpoints() > 0);
            step(g, s, boxes.get(s.id()), shown ? p : null, t, language(locale));
        }
        legend(g, t, size, performance != null);
    }

    /** The language a step's name is shown in: zh-CN, zh-TW or en (the name as written). */
    private static String language(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return "en";
        }
        boolean traditional =
                "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-TW" : "zh-CN";
    }
}
