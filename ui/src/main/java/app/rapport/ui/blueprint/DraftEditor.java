package app.rapport.ui.blueprint;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.Finding;
import app.rapport.api.blueprint.FlowView;
import app.rapport.api.blueprint.FlowWrite;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.MoveDirection;
import app.rapport.api.blueprint.StepMove;
import app.rapport.api.blueprint.StepView;
import app.rapport.api.blueprint.VersionStatus;
import app.rapport.api.blueprint.VersionView;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A draft's editor, for tenant admins: its steps (each in a cell of the diagram, moved one cell at a time), the flows
 * between them, and what the check still finds before the draft may be published.
 */
class DraftEditor extends VerticalLayout {
    final Button addStep = new Button();
    final Grid<StepView> steps = new Grid<>();
    final Grid<FlowView> flows = new Grid<>();
    final Select<StepView> flowFrom = new Select<>();
    final Select<StepView> flowTo = new Select<>();
    final Button addFlow = new Button();
    final UnorderedList findings = new UnorderedList();
    final Paragraph ready = new Paragraph();
    private final BlueprintApi blueprints;
    private final Api api;
    private final Consumer<Supplier<VersionView>> act;
    private final Consumer<VersionView> shown;
    private VersionView current;

    /** {@code act} runs a change and shows the version it answers; {@code shown} shows a version as it is. */
    DraftEditor(BlueprintApi blueprints, Api api, Consumer<Supplier<VersionView>> act, Consumer<VersionView> shown) {
        this.blueprints = blueprints;
        this.api = api;
        this.act = act;
        this.shown = shown;
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
        steps.addColumn(this::name)
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
                            e -> act.accept(() -> api.body(() -> blueprints.removeFlow(current.id(), f.id()))));
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
                    v -> v == null ? "" : name(v) + " · " + getTranslation("blueprint.lane." + v.lane()));
        }
        addFlow.setId("flow-add");
        addFlow.setText(getTranslation("blueprint.flow.add"));
        addFlow.addClickListener(e -> {
            if (flowFrom.getValue() == null || flowTo.getValue() == null) {
                Notices.error(getTranslation("blueprint.flow.pick"));
                return;
            }
            act.accept(() -> api.body(() -> blueprints.addFlow(
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
        setPadding(false);
        add(
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
    }

    void show(VersionView v) {
        current = v;
        boolean draft = v.status() == VersionStatus.DRAFT;
        // in process order: column by column, each column's lanes from the client down
        steps.setItems(v.steps().stream()
                .sorted(Comparator.comparingInt(StepView::col).thenComparing(StepView::lane))
                .toList());
        flows.setItems(v.flows());
        flowFrom.setItems(v.steps());
        flowTo.setItems(v.steps());
        findings.removeAll();
        v.findings().forEach(f -> findings.add(new ListItem(finding(f))));
        ready.setVisible(draft && v.findings().isEmpty());
    }

    /** A step's name in the reader's language where the admin gave one. */
    String name(StepView s) {
        return s.nameTranslations().in(MessagesI18NProvider.languageTag(getLocale()), s.name());
    }

    String finding(Finding f) {
        return getTranslation("blueprint.finding." + f.code(), f.stepName() == null ? "" : f.stepName());
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
                    e -> act.accept(() -> api.body(() -> blueprints.moveStep(current.id(), s.id(), new StepMove(d)))));
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
                e -> act.accept(() -> api.body(() -> blueprints.removeStep(current.id(), s.id()))));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        buttons.add(remove);
        return buttons;
    }

    void stepDialog(StepView existing) {
        int nextCol = current.steps().stream().mapToInt(StepView::col).max().orElse(0) + 1;
        Lane lane = current.steps().stream().noneMatch(s -> s.lane() == Lane.CLIENT_ACTIONS)
                ? Lane.CLIENT_ACTIONS
                : Lane.FRONT_STAGE;
        new StepDialog(
                        existing,
                        lane,
                        nextCol,
                        w -> shown.accept(
                                existing == null
                                        ? api.body(() -> blueprints.addStep(current.id(), w))
                                        : api.body(() -> blueprints.changeStep(current.id(), existing.id(), w))))
                .open();
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
                .map(this::name)
                .findFirst()
                .orElse("?");
    }
}
