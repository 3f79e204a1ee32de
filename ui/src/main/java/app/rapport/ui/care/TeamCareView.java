package app.rapport.ui.care;

import app.rapport.api.care.BulkReassignment;
import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.care.OwnerStats;
import app.rapport.api.care.ReassignmentResult;
import app.rapport.api.care.TeamView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team's care work: per owner, actions done in the period, the on-time rate, skipped and overdue work and the
 * share of SURPRISE service; below, the open actions of one owner, which tenant admins can hand to someone else.
 */
@Route(value = "team", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class TeamCareView extends VerticalLayout implements HasDynamicTitle {
    /** The owner filter value for actions without an owner. */
    static final String UNOWNED = "-";

    final Select<Integer> period = new Select<>();
    final Grid<OwnerStats> stats = new Grid<>();
    final Select<String> ownerFilter = new Select<>();
    final CareActionsGrid open;
    final Select<String> reassignTo = new Select<>();
    final Button reassign = new Button();
    private final CareApi care;
    private final Api api;
    private final Map<String, String> names;

    TeamCareView(CareApi care, Api api, CurrentUser currentUser) {
        this.care = care;
        this.api = api;
        SignedInUser user = currentUser.require();
        List<Member> members = api.call(care::members);
        names = MemberNames.of(members);
        period.setId("team-period");
        period.setLabel(getTranslation("team.period"));
        period.setItems(7, 30, 90, 365);
        period.setItemLabelGenerator(d -> getTranslation("team.days", d));
        period.setValue(30);
        period.addValueChangeListener(e -> loadStats());
        stats.setId("team-stats");
        stats.setEmptyStateText(getTranslation("empty.team"));
        stats.setAllRowsVisible(true);
        stats.addColumn(s ->
                        s.owner() == null ? getTranslation("team.unowned") : names.getOrDefault(s.owner(), s.owner()))
                .setHeader(getTranslation("care.owner"))
                .setKey("owner")
                .setFlexGrow(2);
        stats.addColumn(OwnerStats::done).setHeader(getTranslation("team.done")).setKey("done");
        stats.addColumn(OwnerStats::onTime)
                .setHeader(getTranslation("team.onTime"))
                .setKey("onTime");
        stats.addColumn(s -> percent(s.onTimeRate()))
                .setHeader(getTranslation("team.onTimeRate"))
                .setKey("onTimeRate");
        stats.addColumn(OwnerStats::skipped).setHeader(getTranslation("team.skipped"));
        stats.addColumn(OwnerStats::openOverdue)
                .setHeader(getTranslation("team.overdue"))
                .setKey("overdue");
        stats.addColumn(s -> percent(s.surpriseShare()))
                .setHeader(getTranslation("team.surpriseShare"))
                .setKey("surprise");
        open = new CareActionsGrid("team-open", true, user, care, api, this::loadOpen, names);
        ownerFilter.setId("team-owner");
        ownerFilter.setLabel(getTranslation("care.owner"));
        ownerFilter.setItems(ownerValues(members, true));
        ownerFilter.setItemLabelGenerator(this::ownerLabel);
        ownerFilter.setValue(user.username());
        ownerFilter.addValueChangeListener(e -> loadOpen());
        HorizontalLayout bulk = new HorizontalLayout();
        if (user.hasAny(SignedInUser.TENANT_ADMIN)) {
            open.setSelectionMode(Grid.SelectionMode.MULTI);
            reassignTo.setId("team-reassign-to");
            reassignTo.setLabel(getTranslation("team.reassignTo"));
            reassignTo.setItems(MemberNames.sorted(members, getLocale()));
            reassignTo.setItemLabelGenerator(this::ownerLabel);
            reassign.setId("team-reassign");
            reassign.setText(getTranslation("team.reassign"));
            reassign.addClickListener(e -> reassign());
            bulk.add(reassignTo, reassign);
            bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
        HorizontalLayout filters = new HorizontalLayout(ownerFilter, bulk);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("team.title")),
                new Paragraph(getTranslation("team.help")),
                period,
                stats,
                new H3(getTranslation("team.open")),
                filters,
                open);
        loadStats();
        loadOpen();
    }

    static List<String> ownerValues(List<Member> members, boolean withUnowned) {
        List<String> values = new ArrayList<>(MemberNames.sorted(
                members,
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        if (withUnowned) {
            values.add(UNOWNED);
        }
        return values;
    }

    private String ownerLabel(String username) {
        return UNOWNED.equals(username) ? getTranslation("team.unowned") : names.getOrDefault(username, username);
    }

    private String percent(BigDecimal rate) {
        return rate == null
                ? "—"
                : rate.movePointRight(2)
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .toPlainString() + " %";
    }

    private void loadStats() {
        TeamView team = api.call(() -> care.team(period.getValue()));
        List<OwnerStats> rows = new ArrayList<>(team.owners());
        stats.setItems(rows);
        stats.getColumnByKey("owner").setFooter(getTranslation("team.total"));
        stats.getColumnByKey("done").setFooter(String.valueOf(team.team().done()));
        stats.getColumnByKey("onTimeRate").setFooter(percent(team.team().onTimeRate()));
        stats.getColumnByKey("surprise").setFooter(percent(team.team().surpriseShare()));
    }

    void loadOpen() {
        open.deselectAll();
        open.showPaged((page, size) -> api.call(() -> care.open(ownerFilter.getValue(), page, size)));
    }

    private void reassign() {
        List<String> ids =
                open.getSelectedItems().stream().map(CareActionView::id).toList();
        if (ids.isEmpty() || reassignTo.getValue() == null) {
            Notices.error(getTranslation("team.reassign.choose"));
            return;
        }
        try {
            ReassignmentResult r = api.body(() -> care.reassignAll(new BulkReassignment(ids, reassignTo.getValue())));
            Notices.success(getTranslation("team.reassigned", r.reassigned(), ownerLabel(reassignTo.getValue())));
            loadOpen();
            loadStats();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
