package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Shown when a role opens a view that is not for it. */
@Route(value = "forbidden", layout = MainLayout.class)
public class ForbiddenView extends VerticalLayout implements HasDynamicTitle {
    public ForbiddenView() {
        add(new H2(getTranslation("forbidden.title")), new Paragraph(getTranslation("forbidden.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forbidden.title");
    }
}
