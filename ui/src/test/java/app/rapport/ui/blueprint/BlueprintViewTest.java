package app.rapport.ui.blueprint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.blueprint.Verdict;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.InMemoryBlueprints;
import app.rapport.ui.support.InMemoryWorkspace;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The blueprint editor: admins build, check and publish a draft; everyone reads the diagram and the overlay. */
class BlueprintViewTest extends ViewTest {
    private static final SignedInUser ADMIN = user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN);

    private static StepWrite step(Lane lane, int col, String name, Integer target, boolean touchpoint) {
        return new StepWrite(lane, col, name, null, TenantRole.SERVICE_STAFF, target, null, false, touchpoint, null);
    }

    private static List<String> findings() {
        return _get(UnorderedList.class, s -> s.withId("blueprint-findings"))
                .getChildren()
                .map(c -> ((ListItem) c).getText())
                .toList();
    }

    private static void addStep(Lane lane, String name, boolean touchpoint) {
        _click(_get(Button.class, s -> s.withId("step-add")));
        @SuppressWarnings("unchecked")
        Select<Lane> laneField = _get(Select.class, s -> s.withId("step-lane"));
        laneField.setValue(lane);
        _get(TextField.class, s -> s.withId("step-name")).setValue(name);
        _get(IntegerField.class, s -> s.withId("step-target")).setValue(3);
        _get(Checkbox.class, s -> s.withId("step-touchpoint")).setValue(touchpoint);
        _click(_get(Button.class, s -> s.withId("step-save")));
    }

    @Test
    void an_admin_builds_checks_and_publishes_a_draft() {
        signIn(ADMIN);
        navigate("blueprints");
        _click(_get(Button.class, s -> s.withId("blueprint-new")));
        _get(TextField.class, s -> s.withId("blueprint-name")).setValue("Hotel check-in");
        _click(_get(Button.class, s -> s.withId("blueprint-create")));
        assertTrue(path().startsWith("blueprints/"), path());
        assertEquals(
                List.of("The blueprint has no steps yet: add the first one with \"Add a step\", starting with what the"
                        + " client does."),
                findings());
        assertFalse(_get(Button.class, s -> s.withId("blueprint-publish")).isEnabled());

        addStep(Lane.CLIENT_ACTIONS, "Arrive at reception", false);
        addStep(Lane.FRONT_STAGE, "Greet the guest", true);
        assertEquals(
                List.of(
                        "Step \"Arrive at reception\" has no flow in or out: connect it to the step before or after"
                                + " it, or delete it.",
                        "Step \"Greet the guest\" has no flow in or out: connect it to the step before or after it,"
                                + " or delete it."),
                findings());
        @SuppressWarnings("unchecked")
        Grid<StepView> steps = _get(Grid.class, s -> s.withId("blueprint-steps"));
        assertEquals("Front stage", GridKt._getFormatted(steps, 1, "lane"));
        assertEquals("2", GridKt._getFormatted(steps, 1, "col"), "a new step goes after the last one");
        assertEquals("3 min", GridKt._getFormatted(steps, 1, "standard"));
        assertEquals("Touchpoint", GridKt._getFormatted(steps, 1, "flags"));

        @SuppressWarnings("unchecked")
        Select<StepView> from = _get(Select.class, s -> s.withId("flow-from"));
        @SuppressWarnings("unchecked")
        Select<StepView> to = _get(Select.class, s -> s.withId("flow-to"));
        from.setValue(steps.getListDataView().getItem(0));
        to.setValue(steps.getListDataView().getItem(1));
        _click(_get(Button.class, s -> s.withId("flow-add")));
        assertEquals(List.of(), findings());
        assertTrue(_get(Paragraph.class, s -> s.withId("blueprint-ready")).isVisible());

        _click(_get(Button.class, s -> s.withId("blueprint-publish")));
        InMemoryBlueprints.Blueprint b =
                blueprints.blueprints.values().iterator().next();
        assertEquals(VersionStatus.PUBLISHED, b.versions.getFirst().status);
        _assertNone(Button.class, s -> s.withId("step-add"));
        assertTrue(_get(Button.class, s -> s.withId("blueprint-new-version")).isVisible());
        String diagram =
                _get(Div.class, s -> s.withId("blueprint-diagram")).getElement().toString();
        assertTrue(diagram.contains("Greet the guest"), diagram);
        assertEquals("en", blueprints.diagramLanguages.getLast());
    }

    @Test
    void a_taken_place_is_marked_on_the_field() {
        InMemoryBlueprints.Blueprint b = blueprints.add(
                "Checkout", VersionStatus.DRAFT, step(Lane.CLIENT_ACTIONS, 1, "Hand in the key", null, false));
        signIn(ADMIN);
        navigate("blueprints/" + b.id);
        _click(_get(Button.class, s -> s.withId("step-add")));
        @SuppressWarnings("unchecked")
        Select<Lane> lane = _get(Select.class, s -> s.withId("step-lane"));
        lane.setValue(Lane.CLIENT_ACTIONS);
        _get(IntegerField.class, s -> s.withId("step-col")).setValue(1);
        _get(TextField.class, s -> s.withId("step-name")).setValue("Pay the bill");
        _click(_get(Button.class, s -> s.withId("step-save")));
        IntegerField col = _get(IntegerField.class, s -> s.withId("step-col"));
        assertTrue(col.isInvalid());
        assertEquals("Taken by the step Hand in the key.", col.getErrorMessage());
        assertEquals(1, b.versions.getFirst().steps.size());
    }

    @Test
    void staff_read_a_published_blueprint_in_chinese_and_see_which_steps_miss_their_standard() {
        InMemoryBlueprints.Blueprint b = blueprints.add(
                "入住办理",
                VersionStatus.PUBLISHED,
                step(Lane.CLIENT_ACTIONS, 1, "到达前台", null, false),
                step(Lane.FRONT_STAGE, 1, "问候客人", 2, true));
        String versionId = b.versions.getFirst().id;
        String greet = b.versions.getFirst().steps.get(1).id();
        blueprints.performances.put(
                versionId,
                new Performance(
                        versionId,
                        LocalDate.now(InMemoryWorkspace.ZONE),
                        LocalDate.now(InMemoryWorkspace.ZONE),
                        List.of(new StepPerformance(
                                greet, "问候客人", Lane.FRONT_STAGE, 2, 5, 5, 2.0, 6.0, 0.6, 4.0, Verdict.MISSES))));
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF), Locale.SIMPLIFIED_CHINESE);
        navigate("blueprints/" + b.id);
        _assertNone(Button.class, s -> s.withId("blueprint-publish"));
        _assertNone(Button.class, s -> s.withId("step-add"));
        _click(_get(Button.class, s -> s.withId("overlay-show")));
        @SuppressWarnings("unchecked")
        Grid<StepPerformance> perf = _get(Grid.class, s -> s.withId("blueprint-performance"));
        assertEquals("60 %", GridKt._getFormatted(perf, 0, "within"));
        assertEquals("2 分钟", GridKt._getFormatted(perf, 0, "median"));
        assertTrue(GridKt._getCellComponent(perf, 0, "verdict")
                .getElement()
                .getText()
                .contains("未达标准"));
        assertEquals("zh-CN", blueprints.diagramLanguages.getLast());
        assertTrue(_get(Div.class, s -> s.withId("blueprint-diagram"))
                .getElement()
                .toString()
                .contains("overlay"));
    }

    @Test
    void the_list_shows_each_blueprints_published_version_and_staff_cannot_start_one() {
        blueprints.add(
                "Broadband installation",
                VersionStatus.PUBLISHED,
                step(Lane.CLIENT_ACTIONS, 1, "Book a slot", null, true));
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("blueprints");
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, s -> s.withId("blueprints-grid"));
        assertEquals("Version 1 · 1 step", GridKt._getFormatted(grid, 0, "published"));
        assertEquals("—", GridKt._getFormatted(grid, 0, "draft"));
        _assertNone(Button.class, s -> s.withId("blueprint-new"));
        assertEquals(
                "blueprints",
                UI.getCurrent().getInternals().getActiveViewLocation().getPath());
    }

    @Test
    void an_admin_renames_a_draft_blueprint_and_deletes_it_while_it_was_never_published() {
        InMemoryBlueprints.Blueprint b = blueprints.add("Checkout", VersionStatus.DRAFT);
        blueprints.add("Check-in", VersionStatus.PUBLISHED, step(Lane.CLIENT_ACTIONS, 1, "Arrive", null, false));
        signIn(ADMIN);
        navigate("blueprints/" + b.id);
        _click(_get(Button.class, s -> s.withId("blueprint-rename")));
        _get(TextField.class, s -> s.withId("rename-name")).setValue("Check-in");
        _click(_get(Button.class, s -> s.withId("rename-save")));
        TextField name = _get(TextField.class, s -> s.withId("rename-name"));
        assertTrue(name.isInvalid());
        assertEquals("Already taken.", name.getErrorMessage());
        name.setValue("Late checkout");
        _click(_get(Button.class, s -> s.withId("rename-save")));
        assertEquals("Late checkout", b.name);
        _click(_get(Button.class, s -> s.withId("blueprint-delete")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertFalse(blueprints.blueprints.containsKey(b.id));
        assertEquals("blueprints", path());
    }

    @Test
    void a_blueprint_named_in_chinese_too_is_listed_and_titled_in_the_readers_language() {
        signIn(ADMIN);
        navigate("blueprints");
        _click(_get(Button.class, s -> s.withId("blueprint-new")));
        _get(TextField.class, s -> s.withId("blueprint-name")).setValue("Hotel check-in");
        _get(TextField.class, s -> s.withId("blueprint-name-zh-cn")).setValue("酒店入住");
        _click(_get(Button.class, s -> s.withId("blueprint-create")));
        InMemoryBlueprints.Blueprint b =
                blueprints.blueprints.values().iterator().next();
        assertEquals("酒店入住", b.nameTranslations.zhCn());
        assertTrue(b.nameTranslations.zhTw().isBlank(), "繁體 left blank");

        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF), Locale.SIMPLIFIED_CHINESE);
        navigate("blueprints");
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, s -> s.withId("blueprints-grid"));
        assertEquals("酒店入住", GridKt._getFormatted(grid, 0, "name"));
        navigate("blueprints/" + b.id);
        assertEquals("酒店入住", _get(H2.class).getText());
        signIn(user("lee", "harbour-hotel", SignedInUser.SERVICE_STAFF), Locale.TRADITIONAL_CHINESE);
        navigate("blueprints/" + b.id);
        assertEquals("Hotel check-in", _get(H2.class).getText(), "no 繁體 name: the name as written");
    }

    @Test
    void a_new_step_is_done_by_whoever_works_in_its_lane_until_the_admin_says_otherwise() {
        InMemoryBlueprints.Blueprint b = blueprints.add("Checkout", VersionStatus.DRAFT);
        signIn(ADMIN);
        navigate("blueprints/" + b.id);
        _click(_get(Button.class, s -> s.withId("step-add")));
        @SuppressWarnings("unchecked")
        Select<Lane> lane = _get(Select.class, s -> s.withId("step-lane"));
        @SuppressWarnings("unchecked")
        Select<java.util.Optional<app.rapport.api.common.TenantRole>> role =
                _get(Select.class, s -> s.withId("step-role"));
        assertEquals(Lane.CLIENT_ACTIONS, lane.getValue(), "a blueprint without client actions starts with one");
        assertEquals(java.util.Optional.empty(), role.getValue());
        assertEquals("The client", role.getItemLabelGenerator().apply(role.getValue()));
        lane.setValue(Lane.FRONT_STAGE);
        assertEquals(java.util.Optional.of(app.rapport.api.common.TenantRole.SERVICE_STAFF), role.getValue());
        role.setValue(java.util.Optional.of(app.rapport.api.common.TenantRole.ACCOUNT_MANAGER));
        lane.setValue(Lane.BACK_STAGE);
        assertEquals(
                java.util.Optional.of(app.rapport.api.common.TenantRole.ACCOUNT_MANAGER),
                role.getValue(),
                "a role the admin chose stays");
    }
}
