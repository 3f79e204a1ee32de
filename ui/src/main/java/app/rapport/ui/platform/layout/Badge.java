package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.html.Span;

/** A small rounded label in a given colour (the Lumo badge theme is not part of the pre-compiled bundle). */
public final class Badge {
    public static final String GREEN = "#2e7d32";
    public static final String RED = "#c62828";
    public static final String AMBER = "#b26a00";
    public static final String BLUE = "#1565c0";
    public static final String GREY = "#607080";

    private Badge() {}

    public static Span of(String text, String colour) {
        Span s = new Span(text);
        s.getStyle()
                .set("color", "white")
                .set("background", colour)
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "600")
                .set("white-space", "nowrap");
        return s;
    }
}
