package app.rapport.ui.tier;

import com.vaadin.flow.component.HasStyle;

/**
 * A tier shown in its colour as a badge whose text stays readable: the colour fills the badge and the text is black
 * or white, whichever contrasts more (a pale tier colour as text colour could not be read).
 */
public final class TierBadge {
    private TierBadge() {}

    public static void paint(HasStyle c, String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            c.getStyle().remove("background").remove("color").remove("padding").remove("border-radius");
            return;
        }
        c.getStyle()
                .set("background", colour)
                .set("color", readableOn(colour))
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("display", "inline-block");
    }

    /** Black or white, whichever has the higher WCAG contrast ratio against {@code colour}. */
    static String readableOn(String colour) {
        double l = luminance(colour);
        double withBlack = (l + 0.05) / 0.05;
        double withWhite = 1.05 / (l + 0.05);
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
