package app.rapport.ui.complaint;

import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.complaint.DepartmentApi;
import app.rapport.api.complaint.DepartmentView;
import app.rapport.api.complaint.DepartmentWrite;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The departments complaints are assigned to: a name, a lead (who approves remedies) and the members who analyse
 * causes and propose remedies. A department holding complaints stays.
 */
@Route(value = "settings/departments", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<DepartmentView> grid = new Grid<>();
    final Button add = new Button();
    private final DepartmentApi departments;
    private final Api api;
    private final List<Member> members;
    private final Map<String, String> names;

    DepartmentsView(DepartmentApi departments, CareApi care, Api api) {
        this.departments = departments;
        this.api = api;
        this.members = api.call(care::members);
        this.names = MemberNames.of(members);
        grid.setId("departments");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("empty.departments"));
        grid.addColumn(DepartmentView::name)
                .setHeader(getTranslation("department.name"))
                .setKey("name");
        grid.addColumn(d -> names.getOrDefault(d.lead(), d.lead()))
                .setHeader(getTranslation("department.lead"))
                .setKey("lead");
        grid.addColumn(d -> String.join(
                        ", ",
                        d.members().stream().map(m -> names.getOrDefault(m, m)).toList()))
                .setHeader(getTranslation("department.members"))
                .setKey("members");
        grid.addColumn(DepartmentView::openComplaints)
                .setHeader(getTranslation("department.open"))
                .setKey("open");
        grid.addComponentColumn(d -> {
                    Button edit = new Button(getTranslation("action.edit"), e -> edit(d));
                    edit.setId("department-edit-" + d.id());
                    edit.addThemeVariants(ButtonVariant.TERTIARY);
                    Button remove = new Button(
                            getTranslation("action.delete"),
                            e -> Confirm.before(
                                    getTranslation("action.delete"),
                                    d.name(),
                                    getTranslation("department.removeText"),
                                    () -> remove(d)));
                    remove.setId("department-remove-" + d.id());
                    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    return new HorizontalLayout(edit, remove);
                })
                .setKey("actions");
        grid.setAllRowsVisible(true);
        add.setId("department-add");
        add.setText(getTranslation("department.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> edit(null));
        add(new H2(getTranslation("department.title")), new Paragraph(getTranslation("department.help")), add, grid);
        reload();
    }

    private void reload() {
        grid.setItems(api.call(departments::departments));
    }

    void edit(DepartmentView d) {
        Dialog dialog = new Dialog();
        dialog.setId("department-dialog");
        dialog.setHeaderTitle(getTranslation(d == null ? "department.add" : "department.edit"));
        TextField name = new TextField(getTranslation("department.name"));
        name.setId("department-name");
        name.setWidthFull();
        List<String> usernames = MemberNames.sorted(members, getLocale());
        ComboBox<String> lead = new ComboBox<>(getTranslation("department.lead"));
        lead.setId("department-lead");
        lead.setItems(usernames);
        lead.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        lead.setHelperText(getTranslation("department.lead.help"));
        lead.setWidthFull();
        MultiSelectComboBox<String> team = new MultiSelectComboBox<>(getTranslation("department.members"));
        team.setId("department-members");
        team.setItems(usernames);
        team.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        team.setWidthFull();
        if (d != null) {
            name.setValue(d.name());
            lead.setValue(d.lead());
            team.setValue(new LinkedHashSet<>(d.members()));
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            DepartmentWrite w = new DepartmentWrite(
                    name.getValue(), lead.getValue() == null ? "" : lead.getValue(), List.copyOf(team.getValue()));
            try {
                if (d == null) {
                    api.body(() -> departments.addDepartment(w));
                } else {
                    api.body(() -> departments.changeDepartment(d.id(), "\"" + d.version() + "\"", w));
                }
                dialog.close();
                Notices.success(getTranslation("department.saved", w.name().strip()));
                reload();
            } catch (ApiProblem p) {
                if (p.status() == 412) {
                    dialog.close();
                    ConflictDialog.open(this::reload);
                    return;
                }
                FieldErrors.show(p, Map.of("name", name, "lead", lead));
            }
        });
        save.setId("department-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(name, lead, team));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void remove(DepartmentView d) {
        try {
            api.run(() -> departments.removeDepartment(d.id()));
            reload();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("department.title");
    }
}
