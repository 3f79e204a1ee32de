package app.rapport.ui.benchmark;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.MeasurementRun;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The board of benchmark targets by service-quality dimension: each target's actual against its target and the
 * competitor, and its status. Tenant admins and account managers set targets; computed ones can be measured now.
 */
@Route(value = "benchmarks", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class BenchmarksView extends VerticalLayout implements HasDynamicTitle {
    final Button create = new Button();
    final Button computeAll = new Button();
    final VerticalLayout board = new VerticalLayout();
    final Map<Dimension, Grid<TargetView>> grids = new EnumMap<>(Dimension.class);
    private final BenchmarkApi benchmarks;
    private final Api api;

    BenchmarksView(BenchmarkApi benchmarks, BlueprintApi blueprints, CareApi care, Api api, CurrentUser currentUser) {
        this.benchmarks = benchmarks;
        this.api = api;
        SignedInUser user = currentUser.require();
        boolean admin = user.hasAny(SignedInUser.TENANT_ADMIN);
        create.setId("target-new");
        create.setText(getTranslation("benchmark.new"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            List<Member> members = api.call(care::members);
            List<Member> owners = members.stream()
                    .filter(m -> m.role() != TenantRole.SERVICE_STAFF)
                    .toList();
            Member me = members.stream()
                    .filter(m -> m.username().equals(user.username()))
                    .findFirst()
                    .orElse(new Member(user.username(), user.displayName(), TenantRole.ACCOUNT_MANAGER));
            new TargetDialog(null, api.call(blueprints::touchpointSteps), owners, me, admin, w -> {
                        TargetView created = api.body(() -> benchmarks.create(w));
                        open(created.id());
                        return created;
                    })
                    .open();
        });
        computeAll.setId("target-compute-all");
        computeAll.setText(getTranslation("benchmark.computeAll"));
        computeAll.addClickListener(e -> {
            try {
                MeasurementRun run = api.body(benchmarks::computeAll);
                Notices.success(getTranslation("benchmark.computed", run.measured(), run.withoutData()));
                reload();
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        });
        board.setPadding(false);
        board.setId("benchmark-board");
        add(
                new H2(getTranslation("benchmark.title")),
                new Paragraph(getTranslation("benchmark.help")),
                new HorizontalLayout(create, computeAll),
                board);
        reload();
    }

    void reload() {
        board.removeAll();
        grids.clear();
        if (api.call(() -> benchmarks.targets(null, 0, 1)).total() == 0) {
            board.add(new Paragraph(getTranslation("benchmark.none")));
        }
        for (Dimension d : Dimension.values()) {
            long n = api.call(() -> benchmarks.targets(d, 0, 1)).total();
            if (n == 0) {
                continue;
            }
            Grid<TargetView> grid = grid();
            grid.setId("board-" + d.name().toLowerCase());
            // a dimension's targets page by page; a short board shows whole, a long one scrolls in its box
            grid.setAllRowsVisible(n <= 20);
            if (n > 20) {
                grid.setHeight("32em");
            }
            grid.setItems(
                    q ->
                            api
                                    .call(() -> benchmarks.targets(d, q.getPage(), Math.min(q.getPageSize(), 200)))
                                    .items()
                                    .stream(),
                    q -> (int) api.call(() -> benchmarks.targets(d, 0, 1)).total());
            grids.put(d, grid);
            board.add(new H3(getTranslation("benchmark.dimension." + d)), grid);
        }
    }

    private Grid<TargetView> grid() {
        Grid<TargetView> g = new Grid<>();
        g.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        g.setAllRowsVisible(true);
        g.addColumn(t -> Statuses.metric(t, getLocale()))
                .setHeader(getTranslation("benchmark.metric"))
                .setKey("metric")
                .setFlexGrow(3);
        g.addColumn(t -> Statuses.withUnit(t.actual(), t, this::getTranslation))
                .setHeader(getTranslation("benchmark.actual"))
                .setKey("actual");
        g.addColumn(t -> Statuses.withUnit(t.targetValue(), t, this::getTranslation))
                .setHeader(getTranslation("benchmark.target"))
                .setKey("target");
        g.addColumn(t -> t.competitorName() == null
                        ? "—"
                        : t.competitorName() + " · " + Statuses.withUnit(t.competitorValue(), t, this::getTranslation))
                .setHeader(getTranslation("benchmark.competitor"))
                .setKey("competitor")
                .setFlexGrow(2);
        g.addColumn(t -> Math.round(Math.max(0, t.progress()) * 100) + " %")
                .setHeader(getTranslation("benchmark.progress"))
                .setKey("progress");
        g.addColumn(t -> Formats.shortDate(getLocale()).format(t.dueOn()))
                .setHeader(getTranslation("benchmark.dueOn"))
                .setKey("due");
        g.addComponentColumn(t -> Statuses.badge(t.status(), this::getTranslation))
                .setHeader(getTranslation("benchmark.status"))
                .setKey("status")
                .setAutoWidth(true);
        g.addItemClickListener(e -> open(e.getItem().id()));
        return g;
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(TargetDetailView.class, new RouteParameters(TargetDetailView.ID, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("benchmark.title");
    }
}
