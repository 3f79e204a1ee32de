package app.rapport.ui.platform.layout;

import com.vaadin.flow.component.Html;

/**
 * Rapport's few page-wide style rules, as a style element of the layout (a stylesheet of the frontend bundle would
 * need the bundle rebuilt with Node, which this build does not download). Phones — service staff's main device: the
 * header keeps the menu toggle, the name and the workspace; language, user and sign-out move to the foot of the menu;
 * the controls staff tap are at least 44 px high.
 */
final class PhoneStyles {
    private static final String CSS = """
            #drawer-account { display: none; }
            @media (max-width: 760px) {
              #header-account { display: none !important; }
              #drawer-account { display: flex !important; }
              #current-tenant { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
              vaadin-button, vaadin-side-nav-item, vaadin-select, vaadin-combo-box, vaadin-text-field,
              vaadin-text-area, vaadin-date-picker, vaadin-integer-field { min-height: 44px; }
            }
            """;

    private PhoneStyles() {}

    static Html html() {
        return new Html("<style>" + CSS + "</style>");
    }
}
