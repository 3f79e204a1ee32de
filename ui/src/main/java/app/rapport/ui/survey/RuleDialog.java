package app.rapport.ui.survey;

import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.care.CareKind;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.RuleView;
import app.rapport.api.survey.RuleWrite;
import app.rapport.api.survey.SurveyTrigger;
import app.rapport.api.tier.TierDefinition;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A survey rule as an admin writes it: the event, the form it sends, the event's target (a care kind, a blueprint
 * step, a tier and its period — only the one the event needs is shown) and the delay in hours. The API decides; its
 * refusals land on the field they name, a stale save is handed back to the caller.
 */
final class RuleDialog extends Dialog {
    final Select<SurveyTrigger> trigger = new Select<>();
    final Select<InstrumentView> instrument = new Select<>();
    final Select<CareKind> careKind = new Select<>();
    final Select<TouchpointStep> step = new Select<>();
    final Select<TierDefinition> tier = new Select<>();
    final IntegerField everyMonths = new IntegerField();
    final IntegerField delayHours = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    RuleDialog(
            RuleView editing,
            List<InstrumentView> instruments,
            List<TouchpointStep> steps,
            List<TierDefinition> tiers,
            Function<RuleWrite, RuleView> saving,
            Consumer<RuleView> saved,
            Runnable stale) {
        String tag = MessagesI18NProvider.languageTag(getLocale());
        setHeaderTitle(getTranslation(editing == null ? "survey.rule.add" : "survey.rule.edit"));
        setWidth("min(32em, 96vw)");
        trigger.setId("rule-trigger");
        trigger.setLabel(getTranslation("survey.rule.trigger"));
        trigger.setItems(Arrays.stream(SurveyTrigger.values())
                .filter(t -> t != SurveyTrigger.MANUAL && t != SurveyTrigger.RECORDED)
                .toList());
        trigger.setItemLabelGenerator(t -> getTranslation("survey.rule.trigger." + t));
        trigger.setWidthFull();
        instrument.setId("rule-instrument");
        instrument.setLabel(getTranslation("survey.instrument"));
        instrument.setItems(instruments);
        instrument.setItemLabelGenerator(i -> i.nameTranslations().in(tag, i.name()));
        instrument.setWidthFull();
        careKind.setId("rule-care-kind");
        careKind.setLabel(getTranslation("care.kind"));
        careKind.setItems(CareKind.values());
        careKind.setItemLabelGenerator(k -> getTranslation("care.kind." + k));
        step.setId("rule-step");
        step.setLabel(getTranslation("touchpoint.step"));
        step.setItems(steps);
        step.setItemLabelGenerator(s -> s.label().in(tag));
        step.setEmptySelectionAllowed(false);
        step.setWidthFull();
        tier.setId("rule-tier");
        tier.setLabel(getTranslation("survey.rule.tier"));
        tier.setItems(tiers);
        tier.setItemLabelGenerator(t -> TierNames.of(t, getLocale()));
        everyMonths.setId("rule-every-months");
        everyMonths.setLabel(getTranslation("survey.rule.everyMonths"));
        everyMonths.setMin(1);
        everyMonths.setMax(36);
        everyMonths.setStepButtonsVisible(true);
        delayHours.setId("rule-delay");
        delayHours.setLabel(getTranslation("survey.rule.delay"));
        delayHours.setHelperText(getTranslation("survey.rule.delay.help"));
        delayHours.setMin(0);
        delayHours.setMax(720);
        delayHours.setStepButtonsVisible(true);
        active.setId("rule-active");
        active.setLabel(getTranslation("survey.rule.active"));
        trigger.addValueChangeListener(e -> showTargets(e.getValue()));

        if (editing == null) {
            trigger.setValue(SurveyTrigger.COMPLAINT_CLOSED);
            if (instruments.size() == 1) {
                instrument.setValue(instruments.getFirst());
            }
            delayHours.setValue(24);
            everyMonths.setValue(6);
            active.setValue(true);
        } else {
            trigger.setValue(editing.trigger());
            instruments.stream()
                    .filter(i -> i.id().equals(editing.instrumentId()))
                    .findFirst()
                    .ifPresent(instrument::setValue);
            careKind.setValue(editing.careKind());
            steps.stream()
                    .filter(s -> s.stepId().equals(editing.stepId()))
                    .findFirst()
                    .ifPresent(step::setValue);
            tiers.stream()
                    .filter(t -> t.id() != null && t.id().equals(editing.tierId()))
                    .findFirst()
                    .ifPresent(tier::setValue);
            everyMonths.setValue(editing.everyMonths() == null ? 6 : editing.everyMonths());
            delayHours.setValue(editing.delayHours());
            active.setValue(editing.active());
        }
        showTargets(trigger.getValue());
        VerticalLayout body = new VerticalLayout(
                new Paragraph(getTranslation("survey.rule.help")),
                trigger,
                instrument,
                careKind,
                step,
                tier,
                everyMonths,
                delayHours,
                active);
        body.setPadding(false);
        add(body);

        save.setId("rule-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            SurveyTrigger t = trigger.getValue();
            boolean missing = FieldErrors.missing(instrument, instrument.isEmpty())
                    | FieldErrors.missing(delayHours, delayHours.getValue() == null)
                    | (t == SurveyTrigger.CARE_DONE && FieldErrors.missing(careKind, careKind.isEmpty()))
                    | (t == SurveyTrigger.TOUCHPOINT_STEP && FieldErrors.missing(step, step.isEmpty()))
                    | (t == SurveyTrigger.TIER_SCHEDULE
                            && (FieldErrors.missing(tier, tier.isEmpty())
                                    | FieldErrors.missing(everyMonths, everyMonths.getValue() == null)));
            if (missing) {
                return;
            }
            RuleWrite write = new RuleWrite(
                    t,
                    instrument.getValue().id(),
                    t == SurveyTrigger.CARE_DONE ? careKind.getValue() : null,
                    t == SurveyTrigger.TOUCHPOINT_STEP ? step.getValue().stepId() : null,
                    t == SurveyTrigger.TIER_SCHEDULE ? tier.getValue().id() : null,
                    t == SurveyTrigger.TIER_SCHEDULE ? everyMonths.getValue() : null,
                    delayHours.getValue(),
                    active.getValue());
            try {
                RuleView view = saving.apply(write);
                close();
                saved.accept(view);
            } catch (ApiProblem p) {
                if (p.status() == 412) {
                    close();
                    stale.run();
                    return;
                }
                if (!FieldErrors.onFields(
                        p.fields(),
                        Map.of(
                                "instrumentId", instrument,
                                "careKind", careKind,
                                "stepId", step,
                                "tierId", tier,
                                "everyMonths", everyMonths,
                                "delayHours", delayHours,
                                "trigger", trigger))) {
                    Notices.problem(p);
                }
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Only the target the event needs is asked. */
    private void showTargets(SurveyTrigger t) {
        careKind.setVisible(t == SurveyTrigger.CARE_DONE);
        step.setVisible(t == SurveyTrigger.TOUCHPOINT_STEP);
        tier.setVisible(t == SurveyTrigger.TIER_SCHEDULE);
        everyMonths.setVisible(t == SurveyTrigger.TIER_SCHEDULE);
    }
}
