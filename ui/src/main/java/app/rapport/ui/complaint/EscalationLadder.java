package app.rapport.ui.complaint;

import app.rapport.api.sla.EscalationAction;
import app.rapport.api.sla.EscalationStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A milestone's escalation ladder: up to four steps, each at a share of the target (below 100 % a warning, 100 % the
 * breach, more a later level) or some minutes before the deadline, each with what it does. Ids:
 * {@code <milestone>-step-<n>-when|amount|actions|remove} and {@code <milestone>-add-step}.
 */
class EscalationLadder extends VerticalLayout {
    static final int MAX_STEPS = 4;

    /** Where a step fires: at a share of the target, or minutes before the deadline. */
    enum When {
        PERCENT,
        MINUTES_BEFORE
    }

    /** One step's editor. */
    final class StepRow extends HorizontalLayout {
        final Select<When> when = new Select<>();
        final IntegerField amount = new IntegerField();
        final CheckboxGroup<EscalationAction> actions = new CheckboxGroup<>();
        final Button remove = new Button();

        StepRow(EscalationStep s) {
            setWrap(true);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            when.setLabel(getTranslation("sla.step.when"));
            when.setItems(When.values());
            when.setItemLabelGenerator(w -> w == null ? "" : getTranslation("sla.step.when." + w));
            when.setWidth("15em");
            amount.setLabel(getTranslation("sla.step.amount"));
            amount.setMin(1);
            amount.setWidth("7em");
            when.addValueChangeListener(e -> {
                boolean share = e.getValue() == When.PERCENT;
                amount.setMax(share ? 1000 : 525_599);
                amount.setSuffixComponent(
                        new Span(getTranslation(share ? "sla.step.unit.percent" : "sla.step.unit.minutes")));
            });
            when.setValue(s.minutesBefore() != null ? When.MINUTES_BEFORE : When.PERCENT);
            amount.setValue(s.minutesBefore() != null ? s.minutesBefore() : s.percent());
            actions.setLabel(getTranslation("sla.step.actions"));
            actions.setItems(EscalationAction.values());
            actions.setItemLabelGenerator(a -> getTranslation("sla.escalation." + a));
            actions.addThemeName("horizontal"); // the actions side by side where there is room
            actions.setWidth("min(100%, 40em)");
            actions.setValue(s.actions());
            remove.setText(getTranslation("sla.step.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> {
                steps.remove(this);
                list.remove(this);
                renumber();
            });
            add(when, amount, actions, remove);
        }

        EscalationStep step() {
            Integer n = amount.getValue();
            return when.getValue() == When.MINUTES_BEFORE
                    ? new EscalationStep(null, n, actions.getValue())
                    : new EscalationStep(n, null, actions.getValue());
        }

        void number(String prefix, int i) {
            String id = prefix + "-step-" + i;
            setId(id);
            when.setId(id + "-when");
            amount.setId(id + "-amount");
            actions.setId(id + "-actions");
            remove.setId(id + "-remove");
        }
    }

    private final String prefix;
    private final List<StepRow> steps = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    final Button addStep = new Button();

    EscalationLadder(String prefix) {
        this.prefix = prefix;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Span title = new Span(getTranslation("sla.ladder"));
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        addStep.setId(prefix + "-add-step");
        addStep.setText(getTranslation("sla.step.add"));
        addStep.addThemeVariants(ButtonVariant.TERTIARY);
        addStep.addClickListener(e -> append(new EscalationStep(
                steps.isEmpty() ? 100 : 100 + 50 * steps.size(), Set.of(EscalationAction.NOTIFY_OWNER))));
        add(title, list, addStep);
    }

    void show(List<EscalationStep> ladder) {
        steps.clear();
        list.removeAll();
        ladder.forEach(this::append);
        renumber();
    }

    List<EscalationStep> ladder() {
        return steps.stream().map(StepRow::step).toList();
    }

    List<StepRow> rows() {
        return List.copyOf(steps);
    }

    @Override
    public void setEnabled(boolean on) {
        super.setEnabled(on);
        steps.forEach(r -> r.setEnabled(on));
        addStep.setEnabled(on && steps.size() < MAX_STEPS);
    }

    private void append(EscalationStep s) {
        StepRow r = new StepRow(s);
        steps.add(r);
        list.add(r);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).number(prefix, i);
        }
        addStep.setEnabled(isEnabled() && steps.size() < MAX_STEPS);
    }
}
