package app.rapport.ui.benchmark;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.care.Member;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.TranslationFields;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sets or changes a benchmark target: what is measured (by hand, or from Rapport's own data), the dimension, our
 * baseline, the competitor benchmarked against, the target and its due date, the owner. A computed metric fixes its
 * unit and direction.
 */
class TargetDialog extends Dialog {
    final TextField metric = new TextField();
    final TranslationFields metricTranslations = new TranslationFields("target-metric", 200);
    final Select<MetricSource> source = new Select<>();
    final ComboBox<TouchpointStep> step = new ComboBox<>();
    final Select<ServqualDimension> servqual = new Select<>();
    final Select<Dimension> dimension = new Select<>();
    final TextField unit = new TextField();
    final Select<Direction> direction = new Select<>();
    final BigDecimalField baseline = new BigDecimalField();
    final DatePicker baselineOn = VaadinTexts.datePicker();
    final TextField competitor = new TextField();
    final BigDecimalField competitorValue = new BigDecimalField();
    final TextField competitorSource = new TextField();
    final BigDecimalField target = new BigDecimalField();
    final DatePicker dueOn = VaadinTexts.datePicker();
    final Select<Member> owner = new Select<>();
    final Button save = new Button();

    /** {@code send} saves the target and throws the API's refusal, which the dialog shows by field. */
    TargetDialog(
            TargetView existing,
            List<TouchpointStep> steps,
            List<Member> owners,
            Member me,
            boolean admin,
            Function<TargetWrite, TargetView> send) {
        setHeaderTitle(getTranslation(existing == null ? "benchmark.new" : "benchmark.edit"));
        setWidth("min(48em, 100vw)");
        metric.setId("target-metric");
        metric.setLabel(getTranslation("benchmark.metric"));
        metric.setRequired(true);
        metric.setMaxLength(200);
        source.setId("target-source");
        source.setLabel(getTranslation("benchmark.source"));
        source.setItems(MetricSource.values());
        source.setItemLabelGenerator(s -> getTranslation("benchmark.source." + s));
        step.setId("target-step");
        step.setLabel(getTranslation("benchmark.step"));
        step.setItems(steps);
        step.setItemLabelGenerator(s -> s.label().in(MessagesI18NProvider.languageTag(getLocale())));
        servqual.setId("target-servqual");
        servqual.setLabel(getTranslation("benchmark.servqualDimension"));
        servqual.setItems(ServqualDimension.values());
        servqual.setItemLabelGenerator(d -> getTranslation("servqual.dimension." + d));
        dimension.setId("target-dimension");
        dimension.setLabel(getTranslation("benchmark.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("benchmark.dimension." + d));
        unit.setId("target-unit");
        unit.setLabel(getTranslation("benchmark.unit"));
        unit.setMaxLength(30);
        direction.setId("target-direction");
        direction.setLabel(getTranslation("benchmark.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("benchmark.direction." + d));
        baseline.setId("target-baseline");
        baseline.setLabel(getTranslation("benchmark.baseline"));
        baselineOn.setId("target-baseline-on");
        baselineOn.setLabel(getTranslation("benchmark.baselineOn"));
        baselineOn.setMax(TenantTime.today());
        competitor.setId("target-competitor");
        competitor.setLabel(getTranslation("benchmark.competitor"));
        competitorValue.setId("target-competitor-value");
        competitorValue.setLabel(getTranslation("benchmark.competitorValue"));
        competitorSource.setLabel(getTranslation("benchmark.competitorSource"));
        target.setId("target-value");
        target.setLabel(getTranslation("benchmark.target"));
        dueOn.setId("target-due");
        dueOn.setLabel(getTranslation("benchmark.dueOn"));
        owner.setId("target-owner");
        owner.setLabel(getTranslation("benchmark.owner"));
        owner.setItemLabelGenerator(Member::name);
        owner.setItems(admin ? owners : List.of(me));
        owner.setEnabled(admin);
        source.addValueChangeListener(e -> adapt());
        if (existing == null) {
            source.setValue(MetricSource.MANUAL);
            dimension.setValue(Dimension.TIMELINESS);
            direction.setValue(Direction.LOWER_IS_BETTER);
            baselineOn.setValue(TenantTime.today());
            dueOn.setValue(TenantTime.today().plusMonths(6));
            owner.setValue(me);
        } else {
            metric.setValue(existing.metric());
            metricTranslations.setValue(existing.metricTranslations());
            source.setValue(existing.source());
            steps.stream()
                    .filter(s -> existing.stepName() != null && s.stepName().equals(existing.stepName()))
                    .findFirst()
                    .ifPresent(step::setValue);
            servqual.setValue(existing.servqualDimension());
            dimension.setValue(existing.dimension());
            unit.setValue(existing.unit());
            direction.setValue(existing.direction());
            baseline.setValue(existing.baselineValue());
            baselineOn.setValue(existing.baselineOn());
            competitor.setValue(existing.competitorName() == null ? "" : existing.competitorName());
            competitorValue.setValue(existing.competitorValue());
            competitorSource.setValue(existing.competitorSource() == null ? "" : existing.competitorSource());
            target.setValue(existing.targetValue());
            dueOn.setValue(existing.dueOn());
            owners.stream()
                    .filter(m -> m.username().equals(existing.owner()))
                    .findFirst()
                    .ifPresent(owner::setValue);
        }
        adapt();
        FormLayout what = new FormLayout(
                metric,
                metricTranslations.zhCn,
                metricTranslations.zhTw,
                source,
                step,
                servqual,
                dimension,
                unit,
                direction);
        what.setColspan(metric, 2);
        FormLayout figures = new FormLayout(
                baseline, baselineOn, target, dueOn, competitor, competitorValue, competitorSource, owner);
        figures.setColspan(competitorSource, 2);
        save.setId("target-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(send));
        add(what, new H4(getTranslation("benchmark.figures")), figures);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /**
     * A computed metric has its own unit and direction; only a step duration names a step, only a SERVQUAL gap a
     * dimension of SERVQUAL.
     */
    private void adapt() {
        boolean manual = source.getValue() == MetricSource.MANUAL;
        unit.setVisible(manual);
        direction.setVisible(manual);
        step.setVisible(source.getValue() == MetricSource.STEP_DURATION);
        servqual.setVisible(source.getValue() == MetricSource.SERVQUAL_GAP);
    }

    private void save(Function<TargetWrite, TargetView> send) {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("metric", metric);
        fields.put("stepId", step);
        fields.put("servqualDimension", servqual);
        fields.put("unit", unit);
        fields.put("direction", direction);
        fields.put("baselineValue", baseline);
        fields.put("baselineOn", baselineOn);
        fields.put("competitorName", competitor);
        fields.put("competitorValue", competitorValue);
        fields.put("targetValue", target);
        fields.put("dueOn", dueOn);
        fields.put("owner", owner);
        fields.putAll(metricTranslations.named("metricTranslations"));
        fields.values().forEach(f -> f.setInvalid(false));
        boolean missing = false;
        for (HasValidation f : List.of(baseline, baselineOn, target, dueOn)) {
            if (((HasValue<?, ?>) f).isEmpty()) {
                f.setErrorMessage(getTranslation("validation.required"));
                f.setInvalid(true);
                missing = true;
            }
        }
        if (metric.getValue().isBlank()) {
            metric.setErrorMessage(getTranslation("validation.required"));
            metric.setInvalid(true);
            missing = true;
        }
        if (missing) {
            return;
        }
        boolean manual = source.getValue() == MetricSource.MANUAL;
        TargetWrite w = new TargetWrite(
                metric.getValue(),
                source.getValue(),
                source.getValue() == MetricSource.STEP_DURATION && step.getValue() != null
                        ? step.getValue().stepId()
                        : null,
                dimension.getValue(),
                manual ? unit.getValue() : null,
                manual ? direction.getValue() : null,
                baseline.getValue(),
                baselineOn.getValue(),
                competitor.getValue(),
                competitorValue.getValue(),
                competitorSource.getValue(),
                target.getValue(),
                dueOn.getValue(),
                owner.getValue() == null ? "" : owner.getValue().username(),
                metricTranslations.value(),
                source.getValue() == MetricSource.SERVQUAL_GAP ? servqual.getValue() : null);
        try {
            send.apply(w);
            close();
        } catch (ApiProblem p) {
            FieldErrors.show(p, fields);
        }
    }
}
