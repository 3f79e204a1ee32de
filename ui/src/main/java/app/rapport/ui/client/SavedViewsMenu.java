package app.rapport.ui.client;

import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryApi;
import app.rapport.api.directory.SavedView;
import app.rapport.api.directory.SavedViewWrite;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The member's saved views of the client list: pick one to put its filters and order in place, save the current ones
 * under a name, delete the one picked (after a question).
 */
class SavedViewsMenu extends HorizontalLayout {
    final Select<SavedView> views = new Select<>();
    final Button save = new Button(VaadinIcon.BOOKMARK.create());
    final Button delete = new Button(VaadinIcon.TRASH.create());
    private final DirectoryApi directory;
    private final Api api;
    private boolean reloading;

    SavedViewsMenu(DirectoryApi directory, Api api, Supplier<ClientFilter> current, Consumer<ClientFilter> open) {
        this.directory = directory;
        this.api = api;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        views.setId("saved-views");
        views.setLabel(getTranslation("clients.views"));
        views.setEmptySelectionAllowed(true);
        views.setEmptySelectionCaption(getTranslation("clients.views.none"));
        views.setItemLabelGenerator(v -> v == null ? getTranslation("clients.views.none") : v.name());
        views.addValueChangeListener(e -> {
            delete.setEnabled(e.getValue() != null);
            if (!reloading && e.getValue() != null) {
                open.accept(e.getValue().filter());
            }
        });
        save.setId("saved-view-save");
        save.setText(getTranslation("clients.views.save"));
        save.addClickListener(e -> askName(current.get()));
        delete.setId("saved-view-delete");
        delete.setText(getTranslation("clients.views.delete"));
        delete.addThemeVariants(ButtonVariant.TERTIARY);
        delete.setEnabled(false);
        delete.addClickListener(e -> {
            SavedView v = views.getValue();
            if (v != null) {
                Confirm.before(
                        getTranslation("clients.views.delete"),
                        v.name(),
                        getTranslation("clients.views.delete.text"),
                        () -> remove(v));
            }
        });
        add(views, save, delete);
        reload(null);
    }

    private void reload(String selectId) {
        List<SavedView> mine = api.call(directory::views);
        reloading = true;
        try {
            views.setItems(mine);
            views.setValue(mine.stream()
                    .filter(v -> v.id().equals(selectId))
                    .findFirst()
                    .orElse(null));
        } finally {
            reloading = false;
        }
    }

    private void askName(ClientFilter filter) {
        Dialog d = new Dialog();
        d.setId("saved-view-dialog");
        d.setHeaderTitle(getTranslation("clients.views.save"));
        TextField name = new TextField(getTranslation("clients.views.name"));
        name.setId("saved-view-name");
        name.setMaxLength(100);
        name.setRequired(true);
        name.setWidthFull();
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("validation.required"));
                name.setInvalid(true);
                return;
            }
            try {
                SavedView saved = api.body(() -> directory.saveView(new SavedViewWrite(name.getValue(), filter)));
                d.close();
                reload(saved.id());
                Notices.success(getTranslation("clients.views.saved", saved.name()));
            } catch (ApiProblem p) {
                if (p.fields().stream().anyMatch(f -> f.field().equals("name"))) {
                    name.setErrorMessage(Wording.field(p.fields().stream()
                            .filter(f -> f.field().equals("name"))
                            .findFirst()
                            .orElseThrow()));
                    name.setInvalid(true);
                } else {
                    Notices.problem(p);
                }
            }
        });
        ok.setId("saved-view-ok");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(name);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
        name.focus();
    }

    private void remove(SavedView v) {
        try {
            api.run(() -> directory.deleteView(v.id()));
            reload(null);
            Notices.success(getTranslation("clients.views.deleted", v.name()));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }
}
