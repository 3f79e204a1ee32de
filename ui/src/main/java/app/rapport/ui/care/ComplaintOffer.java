package app.rapport.ui.care;

import app.rapport.api.care.Sentiment;
import app.rapport.api.care.TouchpointView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/**
 * "This is a complaint", shown after a touchpoint that went badly (a rating of 1–2 or a negative reaction): one tap
 * opens the complaint form filled in with that touchpoint.
 */
final class ComplaintOffer extends Button {
    private Registration click;

    ComplaintOffer() {
        setId("tp-complaint");
        setText(getTranslation("touchpoint.isComplaint"));
        addThemeVariants(ButtonVariant.ERROR);
        setMinHeight("44px");
        setWidthFull();
        setVisible(false);
    }

    /** Offers (or stops offering) to record the touchpoint just logged as a complaint. */
    void offerFor(TouchpointView saved) {
        boolean bad = (saved.rating() != null && saved.rating() <= 2) || saved.sentiment() == Sentiment.NEGATIVE;
        setVisible(bad);
        if (click != null) {
            click.remove();
        }
        click = addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                "complaints/new",
                QueryParameters.simple(Map.of("client", saved.clientId(), "touchpoint", saved.id())))));
    }
}
