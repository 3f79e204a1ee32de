package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;

/** Every service blueprint with its published version and draft; tenant admins start new ones. */
@Route(value = "blueprints", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class BlueprintsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<BlueprintSummary> grid = new Grid<>();
    final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
    final Button create = new Button();
    private final BlueprintApi blueprints;
    private final Api api;

    BlueprintsView(BlueprintApi blueprints, Api api, CurrentUser currentUser) {
        this.blueprints = blueprints;
        this.api = api;
        grid.setId("blueprints-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(b -> b.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), b.name()))
                .setHeader(getTranslation("blueprint.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(b -> b.description() == null ? "" : b.description())
                .setHeader(getTranslation("blueprint.description"))
                .setFlexGrow(3);
        grid.addColumn(b -> versionOf(b, VersionStatus.PUBLISHED)
                        .map(v -> getTranslation("blueprint.versionSteps", v.number(), v.steps()))
                        .orElse("—"))
                .setHeader(getTranslation("blueprint.status.PUBLISHED"))
                .setKey("published");
        grid.addColumn(b -> versionOf(b, VersionStatus.DRAFT)
                        .map(v -> getTranslation("blueprint.versionSteps", v.number(), v.steps()))
                        .orElse("—"))
                .setHeader(getTranslation("blueprint.status.DRAFT"))
                .setKey("draft");
        grid.setEmptyStateText(getTranslation("blueprint.none"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(new H2(getTranslation("blueprint.title")), new Paragraph(getTranslation("blueprint.help")));
        if (currentUser.require().hasAny(SignedInUser.TENANT_ADMIN)) {
            create.setId("blueprint-new");
            create.setText(getTranslation("blueprint.new"));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClickListener(e -> creator());
            add(create);
        }
        search.setId("blueprint-search");
        search.setPlaceholder(getTranslation("blueprint.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
        grid.setItems(
                q -> api
                        .call(() -> blueprints.blueprints(search(), q.getPage(), Math.min(q.getPageSize(), 200)))
                        .items()
                        .stream(),
                q -> (int) api.call(() -> blueprints.blueprints(search(), 0, 1)).total());
    }

    private String search() {
        return search.getValue().isBlank() ? null : search.getValue().strip();
    }

    static Optional<VersionSummary> versionOf(BlueprintSummary b, VersionStatus status) {
        return b.versions().stream().filter(v -> v.status() == status).findFirst();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(BlueprintView.class, new RouteParameters(BlueprintView.ID, id)));
    }

    /** Name and description; the new blueprint opens on its empty draft. */
    void creator() {
        new BlueprintNameDialog(
                        "blueprint.new",
                        "blueprint-name",
                        "blueprint-create",
                        null,
                        w -> api.body(() -> blueprints.create(w)),
                        created -> open(created.id()))
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blueprint.title");
    }
}
