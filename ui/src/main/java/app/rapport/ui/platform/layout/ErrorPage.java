package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every error page shows inside the normal layout: a title and a sentence in the user's language, and two ways
 * on — back to where the user came from, or to their start page.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {
    private String title = "";

    ErrorPage() {
        setId("error-page");
    }

    void show(String titleKey, String text) {
        removeAll();
        title = getTranslation(titleKey);
        H2 heading = new H2(title);
        heading.setId("error-title");
        Paragraph sentence = new Paragraph(text);
        sentence.setId("error-text");
        Button back = new Button(
                getTranslation("error.back"),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.setId("error-back");
        Button home =
                new Button(getTranslation("error.home"), e -> UI.getCurrent().navigate(RootView.class));
        home.setId("error-home");
        home.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout ways = new HorizontalLayout(back, home);
        ways.getStyle().set("flex-wrap", "wrap");
        add(heading, sentence, ways);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
