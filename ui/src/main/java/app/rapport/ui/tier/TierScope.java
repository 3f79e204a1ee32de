package app.rapport.ui.tier;

import app.rapport.api.tier.TierDefinition;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.stream.Stream;

/** What a workspace-wide setting with tier overrides is shown for: the workspace ({@link #WORKSPACE}) or one tier. */
public final class TierScope {
    public static final String WORKSPACE = "";

    private TierScope() {}

    public static Select<String> select(
            Select<String> scope, String id, String labelKey, Map<String, TierDefinition> tierById) {
        UI ui = UI.getCurrent();
        scope.setId(id);
        scope.setLabel(ui.getTranslation(labelKey));
        scope.setItems(
                Stream.concat(Stream.of(WORKSPACE), tierById.keySet().stream()).toList());
        scope.setItemLabelGenerator(s -> WORKSPACE.equals(s)
                ? ui.getTranslation("calendar.scope.workspace")
                : ui.getTranslation("calendar.scope.tier", TierNames.of(tierById.get(s), ui.getLocale())));
        scope.setValue(WORKSPACE);
        scope.setWidth("20em");
        return scope;
    }
}
