package app.rapport.ui.client;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientImportPreview;
import app.rapport.ui.platform.layout.ForbiddenView;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientImportViewTest extends ViewTest {
    private static final SignedInUser MANAGER = user("harbour.manager", "harbour-hotel", SignedInUser.ACCOUNT_MANAGER);

    private void paste(String text) {
        _get(TextArea.class, s -> s.withId("import-csv")).setValue(text);
        _click(_get(Button.class, s -> s.withId("import-preview")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientImportPreview.Row> rows() {
        return _get(Grid.class, s -> s.withId("import-rows"));
    }

    @Test
    void duplicates_are_shown_before_the_import_and_the_valid_lines_alone_can_go_in() {
        clients.add("Known Trading", "Qingdao");
        signIn(MANAGER);
        _click(_get(Button.class, s -> s.withId("clients-import")));
        assertEquals("clients/import", path());
        paste("name,city\nLin Tea House,Qingdao\nKnown Trading,Qingdao\n,Yantai\n");
        assertEquals("New", GridKt._getFormatted(rows(), 0, "status"));
        assertEquals("Duplicate of “Known Trading”", GridKt._getFormatted(rows(), 1, "status"));
        assertEquals("Has problems", GridKt._getFormatted(rows(), 2, "status"));
        assertEquals(
                "3 lines: 1 new, 1 duplicates, 1 with problems.",
                _get(Paragraph.class, s -> s.withId("import-summary")).getText());
        assertFalse(_get(Button.class, s -> s.withId("import-commit")).isEnabled(), "not all lines are good");
        _click(_get(Button.class, s -> s.withId("import-commit-valid")));
        NotificationsKt.expectNotifications("1 clients imported; 1 duplicates and 1 lines with problems left out.");
        assertTrue(clients.all().stream().anyMatch(c -> c.name().equals("Lin Tea House")));
        assertEquals(2, clients.all().size());
    }

    @Test
    void the_import_speaks_chinese_and_is_for_those_who_register_clients() {
        signIn(MANAGER, Locale.TRADITIONAL_CHINESE);
        navigate("clients/import");
        assertEquals("導入客戶", _get(H2.class).getText());
        signIn(user("harbour.staff", "harbour-hotel", SignedInUser.SERVICE_STAFF));
        navigate("clients/import");
        _get(ForbiddenView.class);
    }
}
