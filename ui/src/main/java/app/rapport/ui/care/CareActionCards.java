package app.rapport.ui.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareStatus;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Days;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Care actions as cards, one under the other, as a phone shows them: what to do (kind and title), for which client
 * (a tap opens it), when (the date and "today", "in 3 days", "2 days ago"), and Done and Skip as buttons a thumb hits
 * — never a table to scroll sideways. Whoever may not close an action is offered no button.
 */
public class CareActionCards extends VerticalLayout {
    private final CareApi care;
    private final Api api;
    private final Runnable changed;
    private final CareTitles titles;
    private final Paragraph empty = new Paragraph();

    public CareActionCards(String id, CareApi care, Api api, Runnable changed) {
        this.care = care;
        this.api = api;
        this.changed = changed;
        this.titles = new CareTitles(api);
        setId(id);
        setPadding(false);
        setSpacing(false);
        getStyle().set("gap", "var(--lumo-space-s)");
        empty.setText(getTranslation("care.none"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
    }

    public void show(List<CareActionView> actions) {
        removeAll();
        if (actions.isEmpty()) {
            add(empty);
            return;
        }
        actions.forEach(a -> add(card(a)));
    }

    /** The cards shown, for tests and for counting. */
    public List<Div> cards() {
        return getChildren().filter(Div.class::isInstance).map(Div.class::cast).toList();
    }

    private Div card(CareActionView a) {
        Div card = new Div();
        card.setId("card-" + a.id());
        card.addClassName("care-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("width", "100%")
                .set("overflow-wrap", "anywhere");
        Span what = new Span(getTranslation("care.kind." + a.kind()) + " · " + titles.title(a));
        what.addClassName("care-what");
        what.getStyle().set("font-weight", "600").set("display", "block");
        Button client =
                new Button(a.clientName(), e -> getUI().ifPresent(ui -> ui.navigate("clients/" + a.clientId())));
        client.addClassName("care-client");
        client.addThemeVariants(ButtonVariant.TERTIARY);
        Span when = new Span(Days.dated(a.dueOn(), getLocale()));
        when.addClassName("care-when");
        if (a.status() == CareStatus.OVERDUE) {
            when.getElement().getThemeList().add("badge error");
        }
        HorizontalLayout meta = new HorizontalLayout(client, when);
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.getStyle()
                .set("flex-wrap", "wrap")
                .set("column-gap", "var(--lumo-space-m)")
                .set("row-gap", "0");
        card.add(what, meta);
        if (a.instructions() != null && !a.instructions().isBlank()) {
            Span how = new Span(a.instructions());
            how.getStyle()
                    .set("display", "block")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            card.add(how);
        }
        if (CareActionsGrid.isOpen(a) && a.mayClose()) {
            Button done = new Button(
                    getTranslation("care.complete"), e -> new CloseActionDialog(a, false, care, api, changed).open());
            done.setId("complete-" + a.id());
            done.addThemeVariants(ButtonVariant.PRIMARY);
            Button skip = new Button(
                    getTranslation("care.skip"), e -> new CloseActionDialog(a, true, care, api, changed).open());
            skip.setId("skip-" + a.id());
            for (Button b : new Button[] {done, skip}) {
                b.setMinHeight("44px");
                b.getStyle().set("flex", "1 1 8em");
            }
            HorizontalLayout buttons = new HorizontalLayout(done, skip);
            buttons.setWidthFull();
            buttons.getStyle().set("margin-top", "var(--lumo-space-s)");
            card.add(buttons);
        } else if (CareTitles.isClosedWithText(a)) {
            card.add(new Span(titles.closed(a)));
        }
        return card;
    }
}
