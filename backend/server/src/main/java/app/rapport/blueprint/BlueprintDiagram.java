package app.rapport.blueprint;

import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.Verdict;
import app.rapport.api.blueprint.VersionView;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a blueprint version: the four lanes with the three lines between them, each step in its lane and column
 * (touchpoints with a blue border, fail points marked), the flows as arrows, and — with a performance — each
 * step's figures, coloured green when it meets its standard and red when it misses it. One drawing, two outputs:
 * SVG for the screen and PNG for documents.
 */
@Singleton
class BlueprintDiagram {
    private static final int LABEL_W = 150;
    private static final int COL_W = 184;
    private static final int BOX_W = 158;
    private static final int TOP = 58;
    private static final int LEGEND_H = 34;
    private static final String FONT = "SansSerif";
    private static final Color INK = new Color(0x263238);
    private static final Color MUTED = new Color(0x607080);
    private static final Color TOUCHPOINT = new Color(0x1565c0);
    private static final Color FAIL = new Color(0xc62828);
    private static final Color MEETS_FILL = new Color(0xe3f3e6);
    private static final Color MEETS_LINE = new Color(0x2e7d32);
    private static final Color MISSES_FILL = new Color(0xfde4e1);
    private static final Color PLAIN_FILL = Color.WHITE;
    private static final Color TOUCHPOINT_FILL = new Color(0xeef4fc);

    String svg(VersionView version, @Nullable Performance performance, Locale locale) {
        Size size = size(version, performance);
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        draw(g, version, performance, locale, size);
        return g.getSVGDocument();
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

    private record Size(int width, int height, int laneHeight, int cols) {}

    private static Size size(VersionView version, @Nullable Performance performance) {
        int cols = Math.max(
                3, version.steps().stream().mapToInt(StepView::col).max().orElse(0));
        int laneHeight = performance == null ? 96 : 124;
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
                        version.blueprintName(),
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
        Map<String, Box> boxes = new HashMap<>();
        for (StepView s : version.steps()) {
            int x = LABEL_W + (s.col() - 1) * COL_W + (COL_W - BOX_W) / 2;
            int y = TOP + s.lane().ordinal() * laneHeight + 10;
            boxes.put(s.id(), new Box(x, y, BOX_W, laneHeight - 20));
        }
        g.setColor(new Color(0x37474f));
        g.setStroke(new BasicStroke(1.4f));
        for (FlowView f : version.flows()) {
            Box from = boxes.get(f.fromStepId());
            Box to = boxes.get(f.toStepId());
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

    private record Box(int x, int y, int w, int h) {
        int cx() {
            return x + w / 2;
        }

        int cy() {
            return y + h / 2;
        }
    }

    private static void arrow(Graphics2D g, Box a, Box b) {
        Path2D.Double path = new Path2D.Double();
        double endX;
        double endY;
        double dx;
        double dy;
        int gap = (COL_W - BOX_W) / 2;
        if (a.x() == b.x()) {
            boolean down = b.y() > a.y();
            double x = a.cx() + (down ? 12 : -12);
            path.moveTo(x, down ? a.y() + a.h() : a.y());
            endX = x;
            endY = down ? b.y() : b.y() + b.h();
            path.lineTo(endX, endY);
            dx = 0;
            dy = down ? 1 : -1;
        } else if (b.x() > a.x()) {
            double mid = b.x() - gap;
            path.moveTo(a.x() + a.w(), a.cy());
            path.lineTo(mid, a.cy());
            path.lineTo(mid, b.cy());
            endX = b.x();
            endY = b.cy();
            path.lineTo(endX, endY);
            dx = 1;
            dy = 0;
        } else {
            double mid = a.x() - gap;
            path.moveTo(a.x(), a.cy() + 8);
            path.lineTo(mid, a.cy() + 8);
            path.lineTo(mid, b.cy() + 8);
            endX = b.x() + b.w();
            endY = b.cy() + 8;
            path.lineTo(endX, endY);
            dx = -1;
            dy = 0;
        }
        g.draw(path);
        Polygon head = new Polygon();
        head.addPoint((int) endX, (int) endY);
        head.addPoint((int) (endX - dx * 8 - dy * 4), (int) (endY - dy * 8 - dx * 4));
        head.addPoint((int) (endX - dx * 8 + dy * 4), (int) (endY - dy * 8 + dx * 4));
        g.fill(head);
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

    private static void step(
            Graphics2D g,
            StepView s,
            Box box,
            @Nullable StepPerformance p,
            Function<String, String> t,
            String language) {
        Color fill = s.touchpoint() ? TOUCHPOINT_FILL : PLAIN_FILL;
        Color border = s.touchpoint() ? TOUCHPOINT : new Color(0x78909c);
        if (p != null && p.verdict() == Verdict.MEETS) {
            fill = MEETS_FILL;
            border = s.touchpoint() ? TOUCHPOINT : MEETS_LINE;
        } else if (p != null && p.verdict() == Verdict.MISSES) {
            fill = MISSES_FILL;
            border = FAIL;
        }
        RoundRectangle2D.Double shape = new RoundRectangle2D.Double(box.x(), box.y(), box.w(), box.h(), 12, 12);
        g.setColor(fill);
        g.fill(shape);
        g.setColor(border);
        g.setStroke(new BasicStroke(s.touchpoint() || (p != null && p.verdict() == Verdict.MISSES) ? 2.6f : 1.2f));
        g.draw(shape);
        g.setStroke(new BasicStroke(1.4f));

        int x = box.x() + 8;
        int y = box.y() + 17;
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.BOLD, 12));
        List<String> name = wrap(s.nameTranslations().in(language, s.name()), g.getFontMetrics(), box.w() - 26, 2);
        drawLines(g, name, x, y, 15);
        y += name.size() * 15;
        g.setFont(new Font(FONT, Font.PLAIN, 10));
        g.setColor(MUTED);
        List<String> facts = new ArrayList<>();
        if (s.targetMinutes() != null) {
            facts.add(MessageFormat.format(t.apply("target"), String.valueOf(s.targetMinutes())));
        }
        if (s.ownerRole() != null) {
            facts.add(t.apply("role." + s.ownerRole()));
        }
        if (!facts.isEmpty()) {
            g.drawString(String.join(" · ", facts), x, y);
            y += 13;
        }
        if (p != null) {
            g.setColor(p.verdict() == Verdict.MISSES ? FAIL : INK);
            if (p.touchpoints() == 0) {
                g.drawString(t.apply("nodata"), x, y);
            } else {
                g.drawString(
                        MessageFormat.format(
                                t.apply("counts"),
                                String.valueOf(p.touchpoints()),
                                figure(p.medianMinutes()),
                                figure(p.p90Minutes())),
                        x,
                        y);
                y += 13;
                List<String> more = new ArrayList<>();
                if (p.withinStandard() != null) {
                    more.add(MessageFormat.format(
                            t.apply("within"), String.valueOf(Math.round(p.withinStandard() * 100))));
                }
                if (p.averageRating() != null) {
                    more.add(MessageFormat.format(t.apply("reaction"), String.format("%.1f", p.averageRating())));
                }
                g.drawString(String.join(" · ", more), x, y);
            }
        }
        if (s.failPoint()) {
            failMark(g, box.x() + box.w() - 12, box.y() + 12, t.apply("failMark"));
        }
    }

    private static void failMark(Graphics2D g, int cx, int cy, String mark) {
        g.setColor(FAIL);
        g.fillOval(cx - 9, cy - 9, 18, 18);
        g.setColor(Color.WHITE);
        g.setFont(new Font(FONT, Font.BOLD, 11));
        FontMetrics m = g.getFontMetrics();
        g.drawString(mark, cx - m.stringWidth(mark) / 2, cy + m.getAscent() / 2 - 1);
    }

    private static void legend(Graphics2D g, Function<String, String> t, Size size, boolean withPerformance) {
        int y = size.height() - LEGEND_H + 12;
        g.setFont(new Font(FONT, Font.PLAIN, 11));
        int x = swatch(g, 12, y, TOUCHPOINT_FILL, TOUCHPOINT, 2.4f, t.apply("legend.touchpoint"));
        failMark(g, x + 9, y + 7, t.apply("failMark"));
        g.setFont(new Font(FONT, Font.PLAIN, 11));
        g.setColor(INK);
        g.drawString(t.apply("legend.fail"), x + 24, y + 11);
        x += 40 + g.getFontMetrics().stringWidth(t.apply("legend.fail"));
        if (withPerformance) {
            x = swatch(g, x, y, MEETS_FILL, MEETS_LINE, 1.2f, t.apply("legend.meets"));
            swatch(g, x, y, MISSES_FILL, FAIL, 2.4f, t.apply("legend.misses"));
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** A filled, bordered square with its label; where the next legend item starts. */
    private static int swatch(Graphics2D g, int x, int y, Color fill, Color border, float width, String label) {
        g.setColor(fill);
        g.fillRect(x, y, 22, 14);
        g.setColor(border);
        g.setStroke(new BasicStroke(width));
        g.drawRect(x, y, 22, 14);
        g.setColor(INK);
        g.drawString(label, x + 28, y + 11);
        return x + 40 + g.getFontMetrics().stringWidth(label);
    }

    private static String figure(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format("%.1f", value);
    }

    private static void drawLines(Graphics2D g, List<String> lines, int x, int y, int step) {
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), x, y + i * step);
        }
    }

    /**
     * Breaks text into at most {@code maxLines} lines no wider than {@code width}: at spaces for Latin text, at any
     * character for Chinese; the last line ends in an ellipsis when text is left over.
     */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] tokens = text.strip().split("(?<=\\s)|(?=[\\u3000-\\u9fff])|(?<=[\\u3000-\\u9fff])");
        for (String token : tokens) {
            if (metrics.stringWidth(line + token) > width && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line = new StringBuilder();
                if (lines.size() == maxLines) {
                    break;
                }
            }
            line.append(token);
        }
        if (lines.size() < maxLines && !line.toString().isBlank()) {
            lines.add(line.toString().strip());
            line = new StringBuilder();
        }
        if (!line.isEmpty()
                || String.join("", lines).replace(" ", "").length()
                        < text.replaceAll("\\s", "").length()) {
            String last = lines.getLast();
            while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
                last = last.substring(0, last.length() - 1);
            }
            lines.set(lines.size() - 1, last + "…");
        }
        return lines;
    }
}
