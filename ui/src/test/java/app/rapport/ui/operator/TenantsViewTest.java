package app.rapport.ui.operator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.operator.TenantStatus;
import app.rapport.api.operator.TenantView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantsViewTest extends ViewTest {
    private static final SignedInUser OPERATOR = user("operator", null, SignedInUser.OPERATOR);

    @BeforeEach
    void catalog() {
        operator.add("harbour-hotel", "Harbour Hotel", TenantStatus.ACTIVE);
        operator.add("northwind-telecom", "Northwind Telecom", TenantStatus.SUSPENDED);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantView> grid() {
        return _get(Grid.class, s -> s.withId("tenants-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <V> void fill(String id, V value) {
        Component c = _get(Component.class, s -> s.withId(id));
        ((HasValue<?, V>) c).setValue(value);
    }

    @Test
    void the_operator_sees_the_catalog_with_status_and_schema_version() {
        signIn(OPERATOR);
        assertEquals(2, GridKt._size(grid()));
        assertEquals("harbour-hotel", GridKt._get(grid(), 0).slug());
        assertTrue(
                GridKt._getFormattedRow(grid(), 1).contains("Suspended"), GridKt._getFormattedRow(grid(), 1)::toString);
        assertTrue(GridKt._getFormattedRow(grid(), 0).contains("1"));
    }

    @Test
    void provisioning_shows_the_first_admins_login_once_and_lists_the_tenant() {
        signIn(OPERATOR);
        fill("tenant-slug", "riverside-bank");
        fill("tenant-name", "Riverside Bank");
        fill("tenant-admin-email", "admin@riverside.example");
        _click(_get(Button.class, s -> s.withId("tenant-create")));
        Dialog d = _get(Dialog.class, s -> s.withId("provisioned-dialog"));
        assertTrue(d.isOpened());
        assertTrue(com.github.mvysny.kaributesting.v10.LocatorJ._find(d, Paragraph.class).stream()
                .anyMatch(p -> p.getText().contains("Tmp-4711-pass")));
        assertEquals(3, GridKt._size(grid()));
        assertEquals("", _get(TextField.class, s -> s.withId("tenant-slug")).getValue());
    }

    @Test
    void a_malformed_slug_is_marked_and_nothing_is_provisioned() {
        signIn(OPERATOR);
        fill("tenant-slug", "Not A Slug");
        fill("tenant-name", "Bad");
        fill("tenant-admin-email", "admin@bad.example");
        _click(_get(Button.class, s -> s.withId("tenant-create")));
        assertTrue(_get(TextField.class, s -> s.withId("tenant-slug")).isInvalid());
        assertEquals(2, operator.all().size());
    }

    @Test
    void a_taken_slug_is_marked_with_the_apis_reason() {
        signIn(OPERATOR);
        fill("tenant-slug", "harbour-hotel");
        fill("tenant-name", "Another Harbour");
        fill("tenant-admin-email", "admin@other.example");
        _click(_get(Button.class, s -> s.withId("tenant-create")));
        TextField slug = _get(TextField.class, s -> s.withId("tenant-slug"));
        assertTrue(slug.isInvalid());
        assertEquals("Already taken.", slug.getErrorMessage());
        assertEquals(
                "Another Harbour",
                _get(TextField.class, s -> s.withId("tenant-name")).getValue());
        assertTrue(_get(EmailField.class, s -> s.withId("tenant-admin-email"))
                .getValue()
                .startsWith("admin@"));
    }

    @Test
    void suspending_and_resuming_show_in_the_catalog() {
        signIn(OPERATOR);
        _click(action(0, "suspend-harbour-hotel"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertEquals(
                "Suspend “Harbour Hotel”?",
                _get(com.vaadin.flow.component.html.H3.class, s -> s.withId("confirm-header"))
                        .getText());
        assertEquals(TenantStatus.ACTIVE, operator.tenant("harbour-hotel").status(), "nothing before the answer");
        ConfirmDialogKt._fireConfirm(confirm);
        assertEquals(TenantStatus.SUSPENDED, operator.tenant("harbour-hotel").status());
        assertEquals(TenantStatus.SUSPENDED, GridKt._get(grid(), 0).status());
        _click(action(0, "resume-harbour-hotel"));
        assertEquals(TenantStatus.ACTIVE, operator.tenant("harbour-hotel").status());
        _click(action(1, "resume-northwind-telecom"));
        assertEquals(TenantStatus.ACTIVE, GridKt._get(grid(), 1).status());
    }

    private static Button action(int row, String id) {
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, s -> s.withId(id));
    }

    @Test
    void the_migration_job_is_started_from_the_catalog() {
        signIn(OPERATOR);
        _click(_get(Button.class, s -> s.withId("tenant-migrate")));
        assertEquals(1, operator.migrationRequests());
    }

    @Test
    void the_operator_deletes_a_suspended_tenant_only_after_typing_its_slug() {
        signIn(OPERATOR);
        _click(action(1, "delete-northwind-telecom"));
        Button go = _get(Button.class, s -> s.withId("delete-tenant-go"));
        assertTrue(!go.isEnabled());
        _get(TextField.class, s -> s.withId("delete-tenant-confirm")).setValue("northwind");
        assertTrue(!go.isEnabled());
        _get(TextField.class, s -> s.withId("delete-tenant-confirm")).setValue("northwind-telecom");
        assertTrue(go.isEnabled());
        _click(go);
        assertEquals(TenantStatus.DELETED, operator.tenant("northwind-telecom").status());
        assertEquals(TenantStatus.DELETED, GridKt._get(grid(), 1).status());
        _assertNone(
                GridKt._getCellComponent(grid(), 1, "actions"),
                Button.class,
                s -> s.withId("delete-northwind-telecom"));
    }

    @Test
    void a_failed_tenant_is_retried_and_an_active_one_offers_its_export() {
        operator.add("riverside-bank", "Riverside Bank", TenantStatus.FAILED);
        signIn(OPERATOR);
        _get(
                GridKt._getCellComponent(grid(), 0, "actions"),
                com.vaadin.flow.component.html.Anchor.class,
                s -> s.withId("export-harbour-hotel"));
        _click(action(2, "retry-riverside-bank"));
        assertEquals(TenantStatus.ACTIVE, operator.tenant("riverside-bank").status());
    }

    @Test
    void the_operator_finds_a_tenant_in_a_long_catalog_by_slug_or_name() {
        for (int i = 0; i < 30; i++) {
            operator.add("test-" + i, "Test Tenant " + i, TenantStatus.ACTIVE);
        }
        signIn(OPERATOR);
        _get(TextField.class, s -> s.withId("tenant-filter")).setValue("NORTHWIND");
        assertEquals(1, GridKt._size(grid()));
        assertEquals("northwind-telecom", GridKt._get(grid(), 0).slug());
        _get(TextField.class, s -> s.withId("tenant-filter")).setValue("Tenant 1");
        assertEquals(11, GridKt._size(grid()));
    }

    @Test
    void the_catalog_is_filtered_by_status_and_a_tenant_opens_on_its_own_page() {
        signIn(OPERATOR);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<TenantStatus> status =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("tenant-status-filter"));
        status.setValue(TenantStatus.SUSPENDED);
        assertEquals(1, GridKt._size(grid()));
        assertEquals("northwind-telecom", GridKt._get(grid(), 0).slug());
        status.setValue(null);
        assertEquals(2, GridKt._size(grid()));

        GridKt._clickItem(grid(), 0, 1, false, false, false, false);
        assertEquals("operator/tenants/harbour-hotel", path());
        _get(TenantDetailView.class);
        assertEquals(
                "42 clients",
                _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("tenant-usage-clients"))
                        .getText());
        assertEquals(
                "Invitation pending: the temporary password is not replaced yet.",
                _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("tenant-admin-state"))
                        .getText());
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.operator.TenantDetail.AppliedMigration> history =
                _get(Grid.class, s -> s.withId("tenant-migrations"));
        assertEquals(2, GridKt._size(history));
        assertEquals("Clients and contacts", GridKt._getFormatted(history, 0, "name"));
        _get(Button.class, s -> s.withId("suspend-harbour-hotel"));

        _click(_get(Button.class, s -> s.withId("tenant-admin-invite")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertEquals(java.util.List.of("harbour-hotel"), operator.resets);
        assertTrue(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("invitation-password"))
                .getText()
                .contains("Temp-Pass-1234"));
    }

    @Test
    void the_tenant_page_speaks_chinese() {
        signIn(OPERATOR, java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("operator/tenants/northwind-telecom");
        assertEquals(
                "42 位客户",
                _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("tenant-usage-clients"))
                        .getText());
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.operator.TenantDetail.AppliedMigration> history =
                _get(Grid.class, s -> s.withId("tenant-migrations"));
        assertEquals("客户与联系人", GridKt._getFormatted(history, 0, "name"));
    }
}
