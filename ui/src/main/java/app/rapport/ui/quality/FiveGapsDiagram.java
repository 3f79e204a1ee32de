package app.rapport.ui.quality;

import app.rapport.api.gaps.FiveGaps;
import com.vaadin.flow.component.Html;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The five-gap model as the seed draws it (图8-2), drawn on the server: on the client's side what shapes expectations,
 * the expected and the perceived service; on the firm's side delivery, external communications, the standards and
 * management's perception of expectations; each gap a badge with its figure, coloured by how far it is from none.
 * Portrait, so that a phone shows it large enough to read.
 */
final class FiveGapsDiagram {
    static final int WIDTH = 520;
    static final int HEIGHT = 600;
    private static final Color BOX = new Color(0xe3f2fd);
    private static final Color EDGE = new Color(0x1565c0);
    private static final Color TEXT = new Color(0x212121);
    private static final Color MUTED = new Color(0x616161);
    private static final Color GOOD = new Color(0x2e7d32);
    private static final Color FAIR = new Color(0xef6c00);
    private static final Color POOR = new Color(0xc62828);
    private static final Color NONE = new Color(0x9e9e9e);

    /** The reader's words for a key and its arguments (a view's getTranslation). */
    interface Words {
        String get(String key, Object... args);
    }

    /** A gap as drawn: its figure's words (or "no data") and its colour. */
    record Badge(String figure, Color colour) {}

    private FiveGapsDiagram() {}

    static Html of(List<Badge> badges, Words text) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Font label = new Font("SansSerif", Font.PLAIN, 16);
        Font side = new Font("SansSerif", Font.BOLD, 13);

        g.setFont(side);
        g.setPaint(MUTED);
        g.drawString(text.get("gaps.diagram.client"), 10, 18);
        g.drawString(text.get("gaps.diagram.firm"), 10, 292);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.draw(new Line2D.Double(10, 272, WIDTH - 10, 272));

        g.setFont(label);
        // the client's side
        box(g, 100, 28, 128, 48, text.get("gaps.diagram.wordOfMouth"));
        box(g, 241, 28, 128, 48, text.get("gaps.diagram.needs"));
        box(g, 382, 28, 128, 48, text.get("gaps.diagram.experience"));
        box(g, 100, 110, 240, 46, text.get("gaps.diagram.expected"));
        box(g, 100, 200, 240, 46, text.get("gaps.diagram.perceived"));
        // the firm's side
        box(g, 100, 300, 240, 46, text.get("gaps.diagram.delivery"));
        box(g, 360, 300, 150, 62, text.get("gaps.diagram.communications"));
        box(g, 100, 410, 240, 46, text.get("gaps.diagram.standards"));
        box(g, 100, 520, 240, 56, text.get("gaps.diagram.perception"));

        g.setPaint(EDGE);
        g.setStroke(new BasicStroke(1.6f));
        arrow(g, 164, 76, 190, 110);
        arrow(g, 305, 76, 240, 110);
        arrow(g, 446, 76, 320, 110);
        arrow(g, 220, 300, 220, 246); // delivery → perceived
        arrow(g, 220, 410, 220, 346); // standards → delivery
        arrow(g, 220, 520, 220, 456); // perception → standards
        arrow(g, 435, 300, 340, 150); // communications → expected
        arrow(g, 340, 323, 360, 323); // delivery ↔ communications
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
        g.draw(new Line2D.Double(100, 133, 48, 133)); // gap 1 from the expected service …
        g.draw(new Line2D.Double(48, 133, 48, 548));
        g.draw(new Line2D.Double(48, 548, 100, 548)); // … to management's perception of it
        g.draw(new Line2D.Double(340, 145, 372, 145)); // gap 5 between expected and perceived
        g.draw(new Line2D.Double(372, 145, 372, 212));
        g.draw(new Line2D.Double(340, 212, 372, 212));
        g.draw(new Line2D.Double(340, 323, 350, 323));

        badge(g, 2, 372, text.get("gaps.diagram.gap", 1), badges.get(0)); // 1: on the left, between the two
        badge(g, 236, 459, text.get("gaps.diagram.gap", 2), badges.get(1));
        badge(g, 236, 350, text.get("gaps.diagram.gap", 3), badges.get(2));
        badge(g, 390, 372, text.get("gaps.diagram.gap", 4), badges.get(3));
        badge(g, 390, 155, text.get("gaps.diagram.gap", 5), badges.get(4));

        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null)
                .replaceFirst(
                        "<svg ",
                        "<svg role=\"img\" aria-label=\"" + escape(text.get("gaps.diagram.title"))
                                + "\" style=\"max-width:100%;height:auto\" ");
        return new Html("<div id=\"gaps-diagram\">" + svg + "</div>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void box(Graphics2D g, int x, int y, int w, int h, String label) {
        RoundRectangle2D r = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setPaint(BOX);
        g.fill(r);
        g.setPaint(EDGE);
        g.setStroke(new BasicStroke(1.4f));
        g.draw(r);
        g.setPaint(TEXT);
        centred(g, x, y, w, h, lines(label, g.getFontMetrics(), w - 12));
    }

    private static void badge(Graphics2D g, int x, int y, String name, Badge b) {
        Font was = g.getFont();
        int w = 92;
        int h = 48;
        RoundRectangle2D r = new RoundRectangle2D.Double(x, y, w, h, 12, 12);
        g.setPaint(Color.WHITE);
        g.fill(r);
        g.setPaint(b.colour());
        g.setStroke(new BasicStroke(2.2f));
        g.draw(r);
        g.setFont(new Font("SansSerif", Font.BOLD, 14));
        FontMetrics m = g.getFontMetrics();
        g.drawString(name, x + (w - m.stringWidth(name)) / 2f, y + 19);
        g.setFont(new Font("SansSerif", Font.BOLD, 16));
        m = g.getFontMetrics();
        g.drawString(b.figure(), x + (w - m.stringWidth(b.figure())) / 2f, y + 39);
        g.setFont(was);
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 9 * Math.cos(angle - 0.4), y2 - 9 * Math.sin(angle - 0.4));
        head.lineTo(x2 - 9 * Math.cos(angle + 0.4), y2 - 9 * Math.sin(angle + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void centred(Graphics2D g, int x, int y, int w, int h, List<String> lines) {
        FontMetrics m = g.getFontMetrics();
        int lineHeight = m.getHeight();
        float top = y + (h - lineHeight * lines.size()) / 2f + m.getAscent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            g.drawString(line, x + (w - m.stringWidth(line)) / 2f, top + i * lineHeight);
        }
    }

    /** The label broken into lines no wider than {@code width}: at spaces, or between any two characters of Chinese. */
    static List<String> lines(String label, FontMetrics m, int width) {
        boolean words = label.contains(" ");
        List<String> parts = new ArrayList<>();
        if (words) {
            for (String w : label.split(" ")) {
                parts.add(w);
            }
        } else {
            label.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
        }
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String p : parts) {
            String next = line.isEmpty() ? p : line + (words ? " " : "") + p;
            // a closing mark never starts a line: it stays with what it closes, a little wider
            boolean closing = !words && "）)」』。，、；：！？".contains(p);
            if (!line.isEmpty() && m.stringWidth(next) > width && !closing) {
                out.add(line.toString());
                line = new StringBuilder(p);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The colour of a scale gap: within half a point good, within one fair, beyond poor (gap 1 either way). */
    static Color scale(Double gap, boolean eitherWay) {
        if (gap == null) {
            return NONE;
        }
        double shortfall = eitherWay ? Math.abs(gap) : -gap;
        return shortfall <= 0.5 ? GOOD : shortfall <= 1 ? FAIR : POOR;
    }

    /** The colour of a share kept: at least 95 % good, at least 80 % fair, below poor. */
    static Color share(Double share) {
        if (share == null) {
            return NONE;
        }
        return share >= 0.95 ? GOOD : share >= 0.8 ? FAIR : POOR;
    }

    static Badge badge(FiveGaps.Scale s, boolean eitherWay, Function<Double, String> number, String none) {
        return new Badge(s.gap() == null ? none : number.apply(s.gap()), scale(s.gap(), eitherWay));
    }

    static Badge badge(FiveGaps.Share s, Function<Double, String> percent, String none) {
        return new Badge(s.share() == null ? none : percent.apply(s.share()), share(s.share()));
    }
}
