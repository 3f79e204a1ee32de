package app.rapport.blueprint;

import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.Verdict;
import io.micronaut.core.annotation.Nullable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The parts of a blueprint drawing: step boxes with their figures, arrows, the legend, and text wrapped to fit. */
final class DiagramShapes {
    static final int LABEL_W = 150;
    static final int COL_W = 184;
    static final int BOX_W = 158;
    static final int TOP = 58;
    static final int LEGEND_H = 34;
    static final String FONT = "SansSerif";
    static final Color INK = new Color(0x263238);
    static final Color MUTED = new Color(0x607080);
    static final Color TOUCHPOINT = new Color(0x1565c0);
    static final Color FAIL = new Color(0xc62828);
    static final Color MEETS_FILL = new Color(0xe3f3e6);
    static final Color MEETS_LINE = new Color(0x2e7d32);
    static final Color MISSES_FILL = new Color(0xfde4e1);
    static final Color PLAIN_FILL = Color.WHITE;
    static final Color TOUCHPOINT_FILL = new Color(0xeef4fc);

    private DiagramShapes() {}

    record Box(int x, int y, int w, int h) {
        int cx() {
            return x + w / 2;
        }

        int cy() {
            return y + h / 2;
        }
    }

    static void arrow(Graphics2D g, Box a, Box b) {
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

    static void step(
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
        List<String> name = wrap(s.nameTranslations().in(language, s.name()), g.getFontMetrics(), box.w() - 26, 3);
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
        int inner = box.w() - 16;
        if (!facts.isEmpty()) {
            y = drawFitted(g, String.join(" · ", facts), x, y, inner);
        }
        if (p != null) {
            g.setColor(p.verdict() == Verdict.MISSES ? FAIL : INK);
            if (p.touchpoints() == 0) {
                drawFitted(g, t.apply("nodata"), x, y, inner);
            } else {
                y = drawFitted(
                        g,
                        MessageFormat.format(
                                t.apply("counts"),
                                String.valueOf(p.touchpoints()),
                                figure(p.medianMinutes()),
                                figure(p.p90Minutes())),
                        x,
                        y,
                        inner);
                List<String> more = new ArrayList<>();
                if (p.withinStandard() != null) {
                    more.add(MessageFormat.format(
                            t.apply("within"), String.valueOf(Math.round(p.withinStandard() * 100))));
                }
                if (p.averageRating() != null) {
                    more.add(MessageFormat.format(t.apply("reaction"), String.format("%.1f", p.averageRating())));
                }
                drawFitted(g, String.join(" · ", more), x, y, inner);
            }
        }
        if (s.failPoint()) {
            failMark(g, box.x() + box.w() - 12, box.y() + 12, t.apply("failMark"));
        }
    }

    /** A line of figures within the box: wrapped onto a second line rather than running past the border. */
    private static int drawFitted(Graphics2D g, String text, int x, int y, int width) {
        List<String> lines = wrap(text, g.getFontMetrics(), width, 2);
        drawLines(g, lines, x, y, 12);
        return y + lines.size() * 12 + 1;
    }

    static void failMark(Graphics2D g, int cx, int cy, String mark) {
        g.setColor(FAIL);
        g.fillOval(cx - 9, cy - 9, 18, 18);
        g.setColor(Color.WHITE);
        g.setFont(new Font(FONT, Font.BOLD, 11));
        FontMetrics m = g.getFontMetrics();
        g.drawString(mark, cx - m.stringWidth(mark) / 2, cy + m.getAscent() / 2 - 1);
    }

    static void legend(Graphics2D g, Function<String, String> t, BlueprintDiagram.Size size, boolean withPerformance) {
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
    static int swatch(Graphics2D g, int x, int y, Color fill, Color border, float width, String label) {
        g.setColor(fill);
        g.fillRect(x, y, 22, 14);
        g.setColor(border);
        g.setStroke(new BasicStroke(width));
        g.drawRect(x, y, 22, 14);
        g.setColor(INK);
        g.drawString(label, x + 28, y + 11);
        return x + 40 + g.getFontMetrics().stringWidth(label);
    }

    static String figure(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format("%.1f", value);
    }

    static void drawLines(Graphics2D g, List<String> lines, int x, int y, int step) {
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
