package app.rapport.ui.client;

import app.rapport.api.client.ContactView;
import app.rapport.api.client.ContactWrite;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.layout.Reach;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client's contacts. For a client not saved yet they are collected here and sent with it; for a saved client each
 * addition or removal goes to the API at once.
 */
class ContactsEditor extends VerticalLayout {
    final Grid<ContactView> grid = new Grid<>(ContactView.class, false);
    final Button add = new Button();
    private final List<ContactView> rows = new ArrayList<>();
    private final List<ContactWrite> pending = new ArrayList<>();
    private boolean saved;

    ContactsEditor(boolean editable, Function<ContactWrite, ContactView> addSaved, Consumer<ContactView> removeSaved) {
        setPadding(false);
        grid.setId("contacts-grid");
        grid.addColumn(ContactView::name).setHeader(getTranslation("contact.name"));
        grid.addColumn(ContactView::jobTitle).setHeader(getTranslation("contact.jobTitle"));
        grid.addComponentColumn(c -> Reach.email(c.email())).setHeader(getTranslation("contact.email"));
        grid.addComponentColumn(c -> Reach.phone(c.phone())).setHeader(getTranslation("contact.phone"));
        grid.addColumn(c -> c.primary() ? getTranslation("contact.primary") : "")
                .setHeader("");
        if (editable) {
            grid.addComponentColumn(c -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                            try {
                                if (saved) {
                                    removeSaved.accept(c);
                                } else {
                                    pending.remove(rows.indexOf(c));
                                }
                                rows.remove(c);
                                grid.setItems(rows);
                            } catch (ApiProblem p) {
                                Notices.problem(p);
                            }
                        });
                        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                        remove.setAriaLabel(getTranslation("action.delete"));
                        return remove;
                    })
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contact.none"));
        add.setText(getTranslation("contact.add"));
        add.setId("contact-add");
        add.setVisible(editable);
        add.addClickListener(e -> new ContactDialog(c -> {
                    try {
                        if (saved) {
                            rows.add(addSaved.apply(c));
                        } else {
                            pending.add(c);
                            rows.add(new ContactView("", c.name(), c.jobTitle(), c.email(), c.phone(), c.primary()));
                        }
                        grid.setItems(rows);
                    } catch (ApiProblem p) {
                        Notices.problem(p);
                    }
                })
                .open());
        add(new H3(getTranslation("contact.title")), grid, add);
    }

    void showSaved(List<ContactView> contacts) {
        saved = true;
        rows.clear();
        rows.addAll(contacts);
        pending.clear();
        grid.setItems(rows);
    }

    void showPending(List<ContactWrite> contacts) {
        saved = false;
        pending.clear();
        pending.addAll(contacts);
        rows.clear();
        contacts.forEach(c -> rows.add(new ContactView("", c.name(), c.jobTitle(), c.email(), c.phone(), c.primary())));
        grid.setItems(rows);
    }

    /** The contacts to send with a new client (none once the client is saved). */
    List<ContactWrite> pending() {
        return saved ? null : List.copyOf(pending);
    }
}
