package app.rapport.ui.purchase;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.common.LineError;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

class PurchaseImportViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);
    private static final String HEADER = "date,client,product,quantity,amount,margin\n";

    private void paste(String text) {
        _get(TextArea.class, s -> s.withId("import-csv")).setValue(text);
        _click(_get(Button.class, s -> s.withId("import-preview")));
    }

    @Test
    void a_clean_file_is_previewed_then_imported() {
        signIn(MANAGER);
        navigate("purchases/import");
        paste(HEADER + "2026-01-05,Wang,Rice,10,55,12\n2026-02-04,Wang,Rice,10,55,12\n");
        assertEquals(
                "2 lines: 2 new, 0 imported before, 0 with problems.",
                _get(Paragraph.class, s -> s.withId("import-summary")).getText());
        Button commit = _get(Button.class, s -> s.withId("import-commit"));
        assertTrue(commit.isEnabled());
        _click(commit);
        NotificationsKt.expectNotifications(
                "2 purchases imported, 0 were imported before, 0 lines with problems left out.");
    }

    @Test
    void problems_are_listed_by_line_and_the_import_stays_disabled() {
        signIn(MANAGER);
        navigate("purchases/import");
        paste(HEADER + "2026-01-05,Wang,Rice,10,55,12\n2026-01-06,Wang,Rice,-1,55,12\n");
        @SuppressWarnings("unchecked")
        Grid<LineError> errors = _get(Grid.class, s -> s.withId("import-errors"));
        assertEquals(1, GridKt._size(errors));
        assertEquals(3, GridKt._get(errors, 0).line());
        assertEquals("quantity", GridKt._get(errors, 0).field());
        assertFalse(_get(Button.class, s -> s.withId("import-commit")).isEnabled());
        assertTrue(_get(Button.class, s -> s.withId("import-commit-valid")).isEnabled());
        @SuppressWarnings("unchecked")
        Grid<app.rapport.api.purchase.ImportPreview.Row> rows = _get(Grid.class, s -> s.withId("import-rows"));
        assertEquals("New", GridKt._getFormatted(rows, 0, "status"));
        assertEquals("Has problems", GridKt._getFormatted(rows, 1, "status"), "not \"New\"");
        assertEquals(
                "2 lines: 1 new, 0 imported before, 1 with problems.",
                _get(Paragraph.class, s -> s.withId("import-summary")).getText());
    }

    @Test
    void an_unmapped_required_column_is_marked_on_its_select() {
        signIn(MANAGER);
        navigate("purchases/import");
        paste("date,client,item,quantity,amount,margin\n2026-01-05,Wang,Rice,10,55,12\n");
        Select<?> product = _get(Select.class, s -> s.withId("import-map-product"));
        assertTrue(product.isInvalid());
        assertEquals("Choose the column for this field", product.getErrorMessage());
    }
}
