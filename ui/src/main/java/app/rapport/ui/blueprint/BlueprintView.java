package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.BlueprintSummary;
import app.rapport.api.blueprint.BlueprintWrite;
import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.Performance;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepPerformance;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.Verdict;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionSummary;
import app.rapport.api.blueprint.VersionView;
import app.rapport.api.care.CareApi;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One blueprint: pick a version; a tenant admin edits its draft (steps, flows, the check) and publishes it; everyone
 * sees the diagram, downloads it, and — for a published or retired version — overlays each step's performance over
 * a period.
 */
@Route(value = "blueprints/:blueprintId", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class BlueprintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "blueprintId";

    final H2 title = new H2();
    final Select<VersionSummary> versions = new Select<>();
    final Span status = new Span();
    final Span meta = new Span();
    final Button newVersion = new Button();
    final Button publish = new Button();
    final Button retire = new Button();
    final Button deleteDraft = new Button();
    final Button rename = new Button();
    final Button deleteBlueprint = new Button();
    final Button addStep = new Button();
    final Grid<StepView> steps = new Grid<>();
    final Grid<FlowView> flows = new Grid<>();
    final Select<StepView> flowFrom = new Select<>();
    final Select<StepView> flowTo = new Select<>();
    final Button addFlow = new Button();
    final UnorderedList findings = new UnorderedList();
    final Paragraph ready = new Paragraph();
    final Div diagram = new Div();
    final DatePicker from = VaadinTexts.datePicker();
    final DatePicker to = VaadinTexts.datePicker();
    final Button showPerformance = new Button();
    final Grid<StepPerformance> performance = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();
    private final HorizontalLayout overlayBar = new HorizontalLayout();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final BlueprintApi blueprints;
    private final Api api;
    private final boolean admin;
    private final DateTimeFormatter dayFormat;
    private final Map<String, String> names;
    private BlueprintSummary blueprint;
    private VersionView current;
    private Performance shown;

    BlueprintView(BlueprintApi blueprints, CareApi care, Api api, CurrentUser currentUser) {
        this.blueprints = blueprints;
        this.api = api;
        this.admin = currentUser.require().hasAny(SignedInUser.TENANT_ADMIN);
        this.names = MemberNames.of(api.call(care::members));
        this.dayFormat = Formats.shortDate(getLocale());

        versions.setId("blueprint-version");
        versions.setWidth("16em");
        versions.setLabel(getTranslation("blueprint.version"));
        versions.setItemLabelGenerator(v ->
                getTranslation("blueprint.versionLabel", v.number(), getTranslation("blueprint.status." + v.status())));
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(api.call(() -> blueprints.version(e.getValue().id())));
            }
        });
        status.setId("blueprint-status");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout head = new HorizontalLayout(versions, status, meta);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");

        newVersion.setId("blueprint-new-version");
        newVersion.setText(getTranslation("blueprint.newVersion"));
        newVersion.addClickListener(e -> act(() -> api.body(() -> blueprints.newVersion(blueprint.id()))));
        publish.setId("blueprint-publish");
        publish.setText(getTranslation("blueprint.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        publish.addClickListener(e -> act(() -> api.body(() -> blueprints.publish(current.id()))));
        retire.setId("blueprint-retire");
        retire.setText(getTranslation("blueprint.retire"));
        retire.addThemeVariants(ButtonVariant.ERROR);
        retire.addClickListener(e -> confirm(
                "blueprint.retire",
                "blueprint.retire.text",
                () -> act(() -> api.body(() -> blueprints.retire(current.id())))));
        deleteDraft.setText(getTranslation("blueprint.deleteDraft"));
        deleteDraft.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        deleteDraft.addClickListener(e -> confirm("blueprint.deleteDraft", "blueprint.deleteDraft.text", () -> {
            try {
                api.run(() -> blueprints.deleteDraft(current.id()));
                load(blueprint.id());
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        }));
        rename.setId("blueprint-rename");
        rename.setText(getTranslation("blueprint.rename"));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.addClickListener(e -> renamer());
        deleteBlueprint.setId("blueprint-delete");
        deleteBlueprint.setText(getTranslation("blueprint.delete"));
        deleteBlueprint.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        deleteBlueprint.addClickListener(e -> confirm("blueprint.delete", "blueprint.delete.text", () -> {
            try {
                api.run(() -> blueprints.delete(blueprint.id()));
                getUI().ifPresent(ui -> ui.navigate(BlueprintsView.class));
            } catch (ApiProblem p) {
                Notices.problem(p);
            }
        }));
        HorizontalLayout actions =
                new HorizontalLayout(publish, newVersion, retire, deleteDraft, rename, deleteBlueprint);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setVisible(admin);

        steps.setId("blueprint-steps");
        steps.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        steps.setAllRowsVisible(true);
        steps.addColumn(s -> getTranslation("blueprint.lane." + s.lane()))
                .setHeader(getTranslation("blueprint.lane"))
                .setKey("lane")
                .setAutoWidth(true);
        steps.addColumn(StepView::col)
                .setHeader(getTranslation("blueprint.col.short"))
                .setKey("col")
                .setAutoWidth(true);
        steps.addColumn(s -> s.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), s.name()))
                .setHeader(getTranslation("blueprint.step.name"))
                .setKey("name")
                .setFlexGrow(2);
        steps.addColumn(this::standard)
                .setHeader(getTranslation("blueprint.standard"))
                .setKey("standard")
                .setFlexGrow(2);
        steps.addColumn(s -> s.ownerRole() == null ? "" : getTranslation("role." + s.ownerRole()))
                .setHeader(getTranslation("blueprint.step.role"))
                .setAutoWidth(true);
        steps.addColumn(this::flags)
                .setHeader(getTranslation("blueprint.flags"))
                .setKey("flags")
                .setAutoWidth(true);
        steps.addComponentColumn(this::stepButtons).setKey("edit").setAutoWidth(true);
        addStep.setId("step-add");
        addStep.setText(getTranslation("blueprint.step.add"));
        addStep.addThemeVariants(ButtonVariant.PRIMARY);
        addStep.addClickListener(e -> stepDialog(null));

        flows.setId("blueprint-flows");
        flows.addThemeVariants(GridVariant.ROW_STRIPES);
        flows.setAllRowsVisible(true);
        flows.addColumn(f -> stepName(f.fromStepId()) + " → " + stepName(f.toStepId()))
                .setHeader(getTranslation("blueprint.flow"))
                .setKey("flow")
                .setFlexGrow(3);
        flows.addComponentColumn(f -> {
                    Button remove = new Button(
                            getTranslation("action.delete"),
                            e -> act(() -> api.body(() -> blueprints.removeFlow(current.id(), f.id()))));
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                    return remove;
                })
                .setKey("remove")
                .setAutoWidth(true);
        flows.setEmptyStateText(getTranslation("blueprint.flow.none"));
        flowFrom.setId("flow-from");
        flowFrom.setLabel(getTranslation("blueprint.flow.from"));
        flowTo.setId("flow-to");
        flowTo.setLabel(getTranslation("blueprint.flow.to"));
        for (Select<StepView> s : List.of(flowFrom, flowTo)) {
            s.setItemLabelGenerator(
                    v -> v == null ? "" : v.name() + " · " + getTranslation("blueprint.lane." + v.lane()));
        }
        addFlow.setId("flow-add");
        addFlow.setText(getTranslation("blueprint.flow.add"));
        addFlow.addClickListener(e -> {
            if (flowFrom.getValue() == null || flowTo.getValue() == null) {
                Notices.error(getTranslation("blueprint.flow.pick"));
                return;
            }
            act(() -> api.body(() -> blueprints.addFlow(
                    current.id(),
                    new FlowWrite(flowFrom.getValue().id(), flowTo.getValue().id()))));
        });
        HorizontalLayout flowBar = new HorizontalLayout(flowFrom, flowTo, addFlow);
        flowBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        flowBar.getStyle().set("flex-wrap", "wrap");
        findings.setId("blueprint-findings");
        findings.getStyle().set("color", "var(--lumo-error-text-color)");
        ready.setId("blueprint-ready");
        ready.setText(getTranslation("blueprint.ready"));
        ready.getStyle().set("color", "var(--lumo-success-text-color)");
        editor.setPadding(false);
        editor.add(
                new H3(getTranslation("blueprint.steps")),
                new Paragraph(getTranslation("blueprint.steps.help")),
                addStep,
                steps,
                new H3(getTranslation("blueprint.flows")),
                flowBar,
                flows,
                new H3(getTranslation("blueprint.check")),
                ready,
                findings);

        diagram.setId("blueprint-diagram");
        diagram.getStyle()
                .set("overflow", "auto")
                .set("max-width", "100%")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        from.setId("overlay-from");
        from.setLabel(getTranslation("blueprint.overlay.from"));
        to.setId("overlay-to");
        to.setLabel(getTranslation("blueprint.overlay.to"));
        from.setValue(TenantTime.today().minusDays(29));
        to.setValue(TenantTime.today());
        showPerformance.setId("overlay-show");
        showPerformance.setText(getTranslation("blueprint.overlay.show"));
        showPerformance.addClickListener(e -> overlay());
        overlayBar.add(from, to, showPerformance);
        overlayBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        overlayBar.getStyle().set("flex-wrap", "wrap");

        performance.setId("blueprint-performance");
        performance.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        performance.setAllRowsVisible(true);
        performance
                .addColumn(StepPerformance::stepName)
                .setHeader(getTranslation("blueprint.step.name"))
                .setKey("step")
                .setFlexGrow(2);
        performance
                .addColumn(StepPerformance::touchpoints)
                .setHeader(getTranslation("blueprint.perf.touchpoints"))
                .setKey("touchpoints");
        performance
                .addColumn(p -> minutes(p.medianMinutes()))
                .setHeader(getTranslation("blueprint.perf.median"))
                .setKey("median");
        performance
                .addColumn(p -> minutes(p.p90Minutes()))
                .setHeader(getTranslation("blueprint.perf.p90"))
                .setKey("p90");
        performance
                .addColumn(
                        p -> p.targetMinutes() == null ? "—" : getTranslation("blueprint.minutes", p.targetMinutes()))
                .setHeader(getTranslation("blueprint.step.target"))
                .setKey("target");
        performance
                .addColumn(p -> p.withinStandard() == null ? "—" : Math.round(p.withinStandard() * 100) + " %")
                .setHeader(getTranslation("blueprint.perf.within"))
                .setKey("within");
        performance
                .addColumn(p -> p.averageRating() == null ? "—" : String.format(getLocale(), "%.1f", p.averageRating()))
                .setHeader(getTranslation("blueprint.perf.reaction"))
                .setKey("reaction");
        performance
                .addComponentColumn(
                        p -> Badge.of(getTranslation("blueprint.verdict." + p.verdict()), colour(p.verdict())))
                .setHeader(getTranslation("blueprint.perf.verdict"))
                .setKey("verdict")
                .setAutoWidth(true);
        performance.setVisible(false);

        add(
                title,
                head,
                actions,
                editor,
                new H3(getTranslation("blueprint.diagram")),
                overlayBar,
                downloads,
                diagram,
                performance);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(event.getRouteParameters().get(ID).orElseThrow());
        } catch (ApiProblem p) {
            Notices.problem(p);
            event.forwardTo(BlueprintsView.class);
        }
    }

    /** The version an admin works on is the draft; everyone else sees the published version, else the newest. */
    private void load(String id) {
        blueprint = api.call(() -> blueprints.blueprint(id));
        title.setText(blueprint.name());
        VersionSummary pick = blueprint.versions().stream()
                .filter(v -> v.status() == (admin ? VersionStatus.DRAFT : VersionStatus.PUBLISHED))
                .findFirst()
                .or(() -> blueprint.versions().stream()
                        .filter(v -> v.status() == VersionStatus.PUBLISHED)
                        .findFirst())
                .orElse(blueprint.versions().getFirst());
        show(api.call(() -> blueprints.version(pick.id())));
    }

    void show(VersionView v) {
        current = v;
        shown = null;
        if (blueprint == null
                || !blueprint.id().equals(v.blueprintId())
                || blueprint.versions().stream().noneMatch(s -> s.id().equals(v.id()) && s.status() == v.status())) {
            blueprint = api.call(() -> blueprints.blueprint(v.blueprintId()));
        }
        versions.setItems(blueprint.versions());
        blueprint.versions().stream()
                .filter(s -> s.id().equals(v.id()))
                .findFirst()
                .ifPresent(versions::setValue);
        status.removeAll();
        status.add(Badge.of(
                getTranslation("blueprint.status." + v.status()),
                switch (v.status()) {
                    case DRAFT -> Badge.AMBER;
                    case PUBLISHED -> Badge.GREEN;
                    case RETIRED -> Badge.GREY;
                }));
        meta.setText(
                v.publishedAt() == null
                        ? getTranslation(
                                "blueprint.meta.created",
                                dayFormat.format(v.createdAt()),
                                names.getOrDefault(v.createdBy(), v.createdBy()))
                        : getTranslation(
                                "blueprint.meta.published",
                                dayFormat.format(v.publishedAt()),
                                names.getOrDefault(v.publishedBy(), v.publishedBy())));
        boolean draft = v.status() == VersionStatus.DRAFT;
        boolean hasDraft = blueprint.versions().stream().anyMatch(s -> s.status() == VersionStatus.DRAFT);
        publish.setVisible(draft);
        publish.setEnabled(v.findings().isEmpty());
        newVersion.setVisible(!hasDraft);
        retire.setVisible(v.status() == VersionStatus.PUBLISHED);
        deleteDraft.setVisible(draft && blueprint.versions().size() > 1);
        deleteBlueprint.setVisible(blueprint.versions().stream().allMatch(s -> s.status() == VersionStatus.DRAFT));
        editor.setVisible(draft && admin);
        steps.setItems(v.steps());
        flows.setItems(v.flows());
        flowFrom.setItems(v.steps());
        flowTo.setItems(v.steps());
        findings.removeAll();
        v.findings().forEach(f -> findings.add(new ListItem(finding(f))));
        ready.setVisible(draft && v.findings().isEmpty());
        overlayBar.setVisible(!draft);
        performance.setVisible(false);
        drawDiagram();
    }

    /** The blueprint's name and description; the name stays unique in the tenant. */
    void renamer() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("blueprint.rename"));
        TextField name = new TextField(getTranslation("blueprint.name"));
        name.setId("rename-name");
        name.setWidthFull();
        name.setValue(blueprint.name());
        TextArea description = new TextArea(getTranslation("blueprint.description"));
        description.setWidthFull();
        description.setValue(blueprint.description() == null ? "" : blueprint.description());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                blueprint = api.body(() ->
                        blueprints.rename(blueprint.id(), new BlueprintWrite(name.getValue(), description.getValue())));
                title.setText(blueprint.name());
                d.close();
                show(api.call(() -> blueprints.version(current.id())));
            } catch (ApiProblem p) {
                if ("name-taken".equals(p.code())
                        || p.fields().stream().anyMatch(f -> f.field().equals("name"))) {
                    name.setErrorMessage(getTranslation(
                            "name-taken".equals(p.code()) ? "blueprint.nameTaken" : "validation.required"));
                    name.setInvalid(true);
                } else {
                    Notices.problem(p);
                }
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(new VerticalLayout(name, description));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    String finding(Finding f) {
        return getTranslation("blueprint.finding." + f.code(), f.stepName() == null ? "" : f.stepName());
    }

    private void overlay() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("blueprint.overlay.invalid"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        try {
            shown = api.call(() -> blueprints.performance(current.id(), from.getValue(), to.getValue()));
            // steps that take no touchpoints and had none have nothing to show
            Set<String> touchpoints = current.steps().stream()
                    .filter(StepView::touchpoint)
                    .map(StepView::id)
                    .collect(Collectors.toSet());
            performance.setItems(shown.steps().stream()
                    .filter(p -> touchpoints.contains(p.stepId()) || p.touchpoints() > 0)
                    .toList());
            performance.setVisible(true);
            drawDiagram();
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void drawDiagram() {
        LocalDate f = shown == null ? null : shown.from();
        LocalDate t = shown == null ? null : shown.to();
        String lang = getLocale().toLanguageTag();
        String svg = api.body(() -> blueprints.diagramSvg(current.id(), f, t, lang, null));
        int start = svg.indexOf("<svg");
        diagram.removeAll();
        diagram.add(new Html("<div>" + (start < 0 ? "" : svg.substring(start)) + "</div>"));
        downloads.removeAll();
        String base = blueprint.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-v" + current.number();
        String versionId = current.id();
        byte[] svgBytes = svg.getBytes(StandardCharsets.UTF_8);
        Anchor svgLink = new Anchor(
                DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                        new ByteArrayInputStream(svgBytes), base + ".svg", "image/svg+xml", svgBytes.length)),
                getTranslation("blueprint.download.svg"));
        svgLink.setId("diagram-svg");
        svgLink.getElement().setAttribute("download", base + ".svg");
        Supplier<byte[]> png = () -> api.body(() -> blueprints.diagramPng(versionId, f, t, lang, null));
        Anchor pngLink = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] bytes = png.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), base + ".png", "image/png", bytes.length);
                }),
                getTranslation("blueprint.download.png"));
        pngLink.setId("diagram-png");
        pngLink.getElement().setAttribute("download", base + ".png");
        downloads.add(svgLink, pngLink);
    }

    private Component stepButtons(StepView s) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        Button edit = new Button(getTranslation("playbook.edit"), e -> stepDialog(s));
        edit.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        buttons.add(edit);
        Map<MoveDirection, String> arrows = Map.of(
                MoveDirection.LEFT, "←", MoveDirection.RIGHT, "→", MoveDirection.UP, "↑", MoveDirection.DOWN, "↓");
        for (MoveDirection d : MoveDirection.values()) {
            Button move = new Button(
                    arrows.get(d),
                    e -> act(() -> api.body(() -> blueprints.moveStep(current.id(), s.id(), new StepMove(d)))));
            move.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            move.setAriaLabel(getTranslation("blueprint.move." + d));
            move.setTooltipText(getTranslation("blueprint.move." + d));
            move.setEnabled(
                    switch (d) {
                        case LEFT -> s.col() > 1;
                        case RIGHT -> s.col() < 100;
                        case UP -> s.lane() != Lane.CLIENT_ACTIONS;
                        case DOWN -> s.lane() != Lane.SUPPORT_PROCESSES;
                    });
            buttons.add(move);
        }
        Button remove = new Button(
                getTranslation("action.delete"),
                e -> act(() -> api.body(() -> blueprints.removeStep(current.id(), s.id()))));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        buttons.add(remove);
        return buttons;
    }

    /** New steps go after the last one, in the lane of the last one unless the blueprint has no client action yet. */
    void stepDialog(StepView existing) {
        int nextCol = current.steps().stream().mapToInt(StepView::col).max().orElse(0) + 1;
        Lane lane = current.steps().stream().noneMatch(s -> s.lane() == Lane.CLIENT_ACTIONS)
                ? Lane.CLIENT_ACTIONS
                : Lane.FRONT_STAGE;
        new StepDialog(
                        existing,
                        lane,
                        nextCol,
                        w -> show(
                                existing == null
                                        ? api.body(() -> blueprints.addStep(current.id(), w))
                                        : api.body(() -> blueprints.changeStep(current.id(), existing.id(), w))))
                .open();
    }

    private void act(Supplier<VersionView> call) {
        try {
            VersionView v = call.get();
            blueprint = api.call(() -> blueprints.blueprint(v.blueprintId()));
            show(v);
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
    }

    private void confirm(String titleKey, String textKey, Runnable then) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation(titleKey));
        d.setText(getTranslation(textKey));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setConfirmText(getTranslation(titleKey));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> then.run());
        d.open();
    }

    private String standard(StepView s) {
        String time = s.targetMinutes() == null ? "" : getTranslation("blueprint.minutes", s.targetMinutes());
        String rule = s.qualityRule() == null ? "" : s.qualityRule();
        return Arrays.stream(new String[] {time, rule})
                .filter(x -> !x.isEmpty())
                .collect(Collectors.joining(" · "));
    }

    private String flags(StepView s) {
        return Arrays.stream(new String[] {
                    s.touchpoint() ? getTranslation("blueprint.step.touchpoint.short") : "",
                    s.failPoint() ? getTranslation("blueprint.step.failPoint.short") : ""
                })
                .filter(x -> !x.isEmpty())
                .collect(Collectors.joining(" · "));
    }

    private String stepName(String id) {
        return current.steps().stream()
                .filter(s -> s.id().equals(id))
                .map(StepView::name)
                .findFirst()
                .orElse("?");
    }

    private String minutes(Double m) {
        if (m == null) {
            return "—";
        }
        return m == Math.rint(m)
                ? getTranslation("blueprint.minutes", m.longValue())
                : getTranslation("blueprint.minutes", String.format(getLocale(), "%.1f", m));
    }

    static String colour(Verdict v) {
        return switch (v) {
            case MEETS -> Badge.GREEN;
            case MISSES -> Badge.RED;
            case NO_DATA, NO_STANDARD -> Badge.GREY;
        };
    }

    @Override
    public String getPageTitle() {
        return blueprint == null ? getTranslation("blueprint.title") : blueprint.name();
    }
}
