package app.rapport.ui.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.CareStatus;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.Days;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;

/**
 * Care actions in a grid: due date, client, kind, title, owner, status (overdue in red), where it came from, and the
 * buttons to complete or skip it for whoever may (staff: their own and the staff queue).
 */
public class CareActionsGrid extends Grid<CareActionView> {
    private final SignedInUser user;
    private final Api api;
    private final CareTitles titles;

    public CareActionsGrid(String id, boolean showClient, SignedInUser user, CareApi care, Api api, Runnable changed) {
        this(id, showClient, user, care, api, changed, Map.of());
    }

    public CareActionsGrid(
            String id,
            boolean showClient,
            SignedInUser user,
            CareApi care,
            Api api,
            Runnable changed,
            Map<String, String> memberNames) {
        this.user = user;
        this.api = api;
        this.titles = new CareTitles(api);
        setId(id);
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(a -> Days.dated(a.dueOn(), getLocale()))
                .setHeader(getTranslation("care.due"))
                .setKey("due")
                .setAutoWidth(true);
        if (showClient) {
            addComponentColumn(a -> {
                        Button link = new Button(
                                a.clientName(), e -> getUI().ifPresent(ui -> ui.navigate("clients/" + a.clientId())));
                        link.addThemeVariants(ButtonVariant.TERTIARY);
                        return link;
                    })
                    .setHeader(getTranslation("client.name"))
                    .setKey("client")
                    .setAutoWidth(true);
        }
        addColumn(a -> getTranslation("care.kind." + a.kind()))
                .setHeader(getTranslation("care.kind"))
                .setKey("kind");
        addColumn(a -> getTranslation("care.kind." + a.kind()) + " · " + title(a))
                .setHeader(getTranslation("care.title"))
                .setKey("what")
                .setFlexGrow(2)
                .setVisible(false);
        addColumn(this::title)
                .setHeader(getTranslation("care.title"))
                .setKey("title")
                .setFlexGrow(2);
        addColumn(a -> a.owner() == null
                        ? getTranslation("care.queue", getTranslation("role." + a.ownerRole()))
                        : memberNames.getOrDefault(a.owner(), a.owner()))
                .setHeader(getTranslation("care.owner"))
                .setKey("owner");
        addComponentColumn(a -> {
                    Span s = new Span(getTranslation("care.status." + a.status()));
                    s.getElement()
                            .getThemeList()
                            .add(
                                    switch (a.status()) {
                                        case OVERDUE -> "badge error";
                                        case DONE -> "badge success";
                                        case PLANNED -> "badge";
                                        default -> "badge contrast";
                                    });
                    return s;
                })
                .setHeader(getTranslation("care.status"))
                .setKey("status");
        addColumn(a -> getTranslation("care.source." + a.source()))
                .setHeader(getTranslation("care.source"))
                .setKey("source");
        addComponentColumn(a -> {
                    HorizontalLayout buttons = new HorizontalLayout();
                    if (isOpen(a) && mayClose(a)) {
                        Button done = new Button(
                                getTranslation("care.complete"),
                                e -> new CloseActionDialog(a, false, care, api, changed).open());
                        done.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                        done.setId("complete-" + a.id());
                        Button skip = new Button(
                                getTranslation("care.skip"),
                                e -> new CloseActionDialog(a, true, care, api, changed).open());
                        skip.addThemeVariants(ButtonVariant.SMALL);
                        buttons.add(done, skip);
                    } else if (CareTitles.isClosedWithText(a)) {
                        buttons.add(new Span(titles.closed(a)));
                    }
                    return buttons;
                })
                .setHeader("")
                .setKey("actions")
                .setFlexGrow(2);
        setEmptyStateText(getTranslation("care.none"));
    }

    /** For narrow screens: kind and title in one column, no owner or source. */
    public CareActionsGrid compact() {
        for (String key : new String[] {"kind", "title", "owner", "source"}) {
            getColumnByKey(key).setVisible(false);
        }
        getColumnByKey("what").setVisible(true);
        return this;
    }

    static boolean isOpen(CareActionView a) {
        return a.status() == CareStatus.PLANNED || a.status() == CareStatus.OVERDUE;
    }

    /** The server says who may close the action (its close rule); the grid offers what it allows. */
    boolean mayClose(CareActionView a) {
        return a.mayClose();
    }

    public void show(List<CareActionView> actions) {
        setItems(actions);
    }

    /** Actions read page by page as the grid scrolls (a list that grows is never loaded whole). */
    public void showPaged(
            java.util.function.BiFunction<Integer, Integer, app.rapport.api.common.PageView<CareActionView>> pages) {
        setItems(q -> pages.apply(q.getPage(), Math.min(q.getPageSize(), 200)).items().stream(), q ->
                (int) pages.apply(0, 1).total());
    }

    String title(CareActionView a) {
        return titles.title(a);
    }
}
