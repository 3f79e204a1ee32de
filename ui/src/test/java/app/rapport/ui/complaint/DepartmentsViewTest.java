package app.rapport.ui.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.complaint.DepartmentView;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Departments: an admin adds one with its lead and members, shown by name; a manager is refused the page. */
class DepartmentsViewTest extends ViewTest {
    private static final SignedInUser ADMIN = user("root", "harbour-hotel", SignedInUser.TENANT_ADMIN);

    @Test
    void an_admin_adds_a_department_with_a_lead_and_members_shown_by_their_names() {
        signIn(ADMIN);
        UI.getCurrent().navigate("settings/departments");
        _click(_get(Button.class, s -> s.withId("department-add")));
        _get(TextField.class, s -> s.withId("department-name")).setValue("Front desk");
        @SuppressWarnings("unchecked")
        ComboBox<String> lead = _get(ComboBox.class, s -> s.withId("department-lead"));
        lead.setValue("amy");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> members = _get(MultiSelectComboBox.class, s -> s.withId("department-members"));
        members.setValue(Set.of("lee"));
        _click(_get(Button.class, s -> s.withId("department-save")));
        DepartmentView saved = departments.departments().get(0);
        assertEquals("amy", saved.lead());
        assertEquals(List.of("lee"), saved.members());
        @SuppressWarnings("unchecked")
        Grid<DepartmentView> grid = _get(Grid.class, s -> s.withId("departments"));
        assertEquals("Amy Account", GridKt._getFormatted(grid, 0, "lead"));
        assertEquals("Lee Staff", GridKt._getFormatted(grid, 0, "members"));
    }

    @Test
    void a_manager_does_not_set_up_departments() {
        signIn(user("amy", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER));
        UI.getCurrent().navigate("settings/departments");
        _get(ForbiddenView.class);
    }
}
