package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.care.CareApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One blueprint: pick a version; a tenant admin renames the blueprint, edits its draft ({@link DraftEditor}),
 * publishes, retires or starts a version; everyone sees its diagram ({@link DiagramPanel}).
 */
@Route(value = "blueprints/:blueprintId", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class BlueprintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "blueprintId";

    final H2 title = new H2();
    final Select<VersionSummary> versions = new Select<>();
    final Span status = new Span();
    final Span meta = new Span();
    final Button newVersion = new Button();
    final Button publish = new Button();
    final Button retire = new Button();
    final Button deleteDraft = new Button();
    final Button rename = new Button();
    final Button deleteBlueprint = new Button();
    final DraftEditor editor;
    final DiagramPanel diagram;
    private final BlueprintApi blueprints;
    private final Api api;
    private final boolean admin;
    private final DateTimeFormatter dayFormat;
    private final Map<String, String> names;
    private BlueprintSummary blueprint;
    private VersionView current;

    BlueprintView(BlueprintApi blueprints, CareApi care, Api api, CurrentUser currentUser) {
        this.blueprints = blueprints;
        this.api = api;
        this.admin = currentUser.require().hasAny(SignedInUser.TENANT_ADMIN);
        this.names = MemberNames.of(api.call(care::members));
        this.dayFormat = Formats.shortDate(getLocale());
        this.editor = new DraftEditor(blueprints, api, this::act, this::show);
        this.diagram = new DiagramPanel(blueprints, api);

        versions.setId("blueprint-version");
        versions.setWidth("16em");
        versions.setLabel(getTranslation("blueprint.version"));
        versions.setItemLabelGenerator(v ->
                getTranslation("blueprint.versionLabel", v.number(), getTranslation("blueprint.status." + v.status())));
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(api.call(() -> blueprints.version(e.getValue().id())));
            }
        });
        status.setId("blueprint-status");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(versions, status, meta);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");

        newVersion.setId("blueprint-new-version");
        newVersion.setText(getTranslation("blueprint.newVersion"));
        newVersion.addClickListener(e -> act(() -> api.body(() -> blueprints.newVersion(blueprint.id()))));
        publish.setId("blueprint-publish");
        publish.setText(getTranslation("blueprint.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        publish.addClickListener(e -> act(() -> api.body(() -> blueprints.publish(current.id()))));
        retire.setId("blueprint-retire");
        retire.setText(getTranslation("blueprint.retire"));
        retire.addThemeVariants(ButtonVariant.ERROR);
        retire.addClickListener(e -> confirm(
                "blueprint.retire",
                "blueprint.retire.text",
                () -> act(() -> api.body(() -> blueprints.retire(current.id())))));
        deleteDraft.setText(getTranslation("blueprint.deleteDraft"));
        deleteDraft.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        deleteDraft.addClickListener(e -> confirm("blueprint.deleteDraft", "blueprint.deleteDraft.text", () -> {
            try {
                api.run(() -> blueprints.deleteDraft(current.id()));
                load(blueprint.id());
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        }));
        rename.setId("blueprint-rename");
        rename.setText(getTranslation("blueprint.rename"));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.addClickListener(e -> renamer());
        deleteBlueprint.setId("blueprint-delete");
        deleteBlueprint.setText(getTranslation("blueprint.delete"));
        deleteBlueprint.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        deleteBlueprint.addClickListener(e -> confirm("blueprint.delete", "blueprint.delete.text", () -> {
            try {
                api.run(() -> blueprints.delete(blueprint.id()));
                getUI().ifPresent(ui -> ui.navigate(BlueprintsView.class));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        }));
        HorizontalLayout actions =
                new HorizontalLayout(publish, newVersion, retire, deleteDraft, rename, deleteBlueprint);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setVisible(admin);

        add(title, head, actions, editor, diagram);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a blueprint that is not there (or not the tenant's) lands on the error page, inside the layout
        load(event.getRouteParameters().get(ID).orElseThrow());
    }

    /** The version an admin works on is the draft; everyone else sees the published version, else the newest. */
    private void load(String id) {
        blueprint = api.call(() -> blueprints.blueprint(id));
        title.setText(name(blueprint));
        VersionSummary pick = blueprint.versions().stream()
                .filter(v -> v.status() == (admin ? VersionStatus.DRAFT : VersionStatus.PUBLISHED))
                .findFirst()
                .or(() -> blueprint.versions().stream()
                        .filter(v -> v.status() == VersionStatus.PUBLISHED)
                        .findFirst())
                .orElse(blueprint.versions().getFirst());
        show(api.call(() -> blueprints.version(pick.id())));
    }

    void show(VersionView v) {
        current = v;
        if (blueprint == null
                || !blueprint.id().equals(v.blueprintId())
                || blueprint.versions().stream().noneMatch(s -> s.id().equals(v.id()) && s.status() == v.status())) {
            blueprint = api.call(() -> blueprints.blueprint(v.blueprintId()));
        }
        versions.setItems(blueprint.versions());
        blueprint.versions().stream()
                .filter(s -> s.id().equals(v.id()))
                .findFirst()
                .ifPresent(versions::setValue);
        status.removeAll();
        status.add(Badge.of(
                getTranslation("blueprint.status." + v.status()),
                switch (v.status()) {
                    case DRAFT -> Badge.AMBER;
                    case PUBLISHED -> Badge.GREEN;
                    case RETIRED -> Badge.GREY;
                }));
        meta.setText(
                v.publishedAt() == null
                        ? getTranslation(
                                "blueprint.meta.created",
                                dayFormat.format(v.createdAt()),
                                names.getOrDefault(v.createdBy(), v.createdBy()))
                        : getTranslation(
                                "blueprint.meta.published",
                                dayFormat.format(v.publishedAt()),
                                names.getOrDefault(v.publishedBy(), v.publishedBy())));
        boolean draft = v.status() == VersionStatus.DRAFT;
        boolean hasDraft = blueprint.versions().stream().anyMatch(s -> s.status() == VersionStatus.DRAFT);
        publish.setVisible(draft);
        publish.setEnabled(v.findings().isEmpty());
        newVersion.setVisible(!hasDraft);
        retire.setVisible(v.status() == VersionStatus.PUBLISHED);
        deleteDraft.setVisible(draft && blueprint.versions().size() > 1);
        deleteBlueprint.setVisible(blueprint.versions().stream().allMatch(s -> s.status() == VersionStatus.DRAFT));
        editor.setVisible(draft && admin);
        editor.show(v);
        diagram.show(blueprint, v);
    }

    /** The blueprint's name and description; the name stays unique in the tenant. */
    void renamer() {
        new BlueprintNameDialog(
                        "blueprint.rename",
                        "rename-name",
                        "rename-save",
                        blueprint,
                        w -> api.body(() -> blueprints.rename(blueprint.id(), w)),
                        renamed -> {
                            blueprint = renamed;
                            title.setText(name(renamed));
                            show(api.call(() -> blueprints.version(current.id())));
                        })
                .open();
    }

    private String name(BlueprintSummary b) {
        return b.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), b.name());
    }

    /** New steps go after the last one, in the lane of the last one unless the blueprint has no client action yet. */
    void act(Supplier<VersionView> call) {
        try {
            VersionView v = call.get();
            blueprint = api.call(() -> blueprints.blueprint(v.blueprintId()));
            show(v);
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    /** Asks before retiring or deleting, naming the blueprint and the version it acts on. */
    private void confirm(String actionKey, String textKey, Runnable then) {
        String object = name(blueprint) + " · "
                + getTranslation(
                        "blueprint.versionLabel",
                        current.number(),
                        getTranslation("blueprint.status." + current.status()));
        Confirm.before(getTranslation(actionKey), object, getTranslation(textKey), then);
    }

    @Override
    public String getPageTitle() {
        return blueprint == null ? getTranslation("blueprint.title") : name(blueprint);
    }
}
