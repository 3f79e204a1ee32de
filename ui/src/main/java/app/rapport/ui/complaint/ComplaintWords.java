package app.rapport.ui.complaint;

import app.rapport.api.complaint.ComplaintStatus;
import app.rapport.api.complaint.Severity;
import app.rapport.ui.platform.layout.Badge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** How a complaint's reference, status and severity read, in the reader's language. */
public final class ComplaintWords {
    private ComplaintWords() {}

    /** "C-42". */
    public static String reference(long number) {
        return UI.getCurrent().getTranslation("complaint.reference", String.valueOf(number));
    }

    public static Span status(ComplaintStatus s) {
        String colour =
                switch (s) {
                    case CLOSED -> Badge.GREEN;
                    case NOT_UPHELD -> Badge.GREY;
                    case REMEDY_PROPOSED -> Badge.AMBER;
                    default -> Badge.BLUE;
                };
        Span badge = Badge.of(UI.getCurrent().getTranslation("complaint.status." + s), colour);
        badge.getElement().setAttribute("data-status", s.name());
        return badge;
    }

    public static Span severity(Severity s) {
        String colour =
                switch (s) {
                    case CRITICAL, HIGH -> Badge.RED;
                    case MEDIUM -> Badge.AMBER;
                    case LOW -> Badge.GREY;
                };
        return Badge.of(UI.getCurrent().getTranslation("complaint.severity." + s), colour);
    }
}
