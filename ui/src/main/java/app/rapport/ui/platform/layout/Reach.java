package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Phone numbers and email addresses as links a tap calls or writes to, wherever Rapport shows one. */
public final class Reach {
    private Reach() {}

    public static Component phone(String number) {
        if (number == null || number.isBlank()) {
            return new Span();
        }
        Anchor a = new Anchor("tel:" + number.replaceAll("[^+0-9]", ""), number);
        a.addClassName("reach-phone");
        return a;
    }

    public static Component email(String address) {
        if (address == null || address.isBlank()) {
            return new Span();
        }
        Anchor a = new Anchor("mailto:" + address, address);
        a.addClassName("reach-email");
        return a;
    }

    /** Email and phone one above the other (either may be missing). */
    public static Component both(String address, String number) {
        Div d = new Div(email(address), new Div(phone(number)));
        d.getStyle().set("line-height", "1.4");
        return d;
    }
}
