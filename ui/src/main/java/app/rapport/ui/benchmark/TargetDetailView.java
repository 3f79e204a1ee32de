package app.rapport.ui.benchmark;

import app.rapport.api.benchmark.BenchmarkApi;
import app.rapport.api.benchmark.MeasurementView;
import app.rapport.api.benchmark.MeasurementWrite;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetView;
import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.care.CareApi;
import app.rapport.api.care.Member;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.care.MemberNames;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.i18n.VaadinTexts;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;

/**
 * One benchmark target: its figures and status with the reason, its chart, its measurements; the owner (or an admin)
 * enters measurements of a manual metric, measures a computed one now, edits or deletes the target.
 */
@Route(value = "benchmarks/:targetId", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class TargetDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "targetId";

    final H2 title = new H2();
    final Span status = new Span();
    final Paragraph explanation = new Paragraph();
    final FormLayout facts = new FormLayout();
    final Div chart = new Div();
    final Grid<MeasurementView> measurements = new Grid<>();
    final DatePicker measuredOn = VaadinTexts.datePicker();
    final BigDecimalField value = new BigDecimalField();
    final TextField note = new TextField();
    final Button record = new Button();
    final Button computeNow = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    private final HorizontalLayout entry;
    private final BenchmarkApi benchmarks;
    private final BlueprintApi blueprints;
    private final CareApi care;
    private final Api api;
    private final SignedInUser user;
    private TargetView target;
    private Map<String, String> names = Map.of();

    TargetDetailView(BenchmarkApi benchmarks, BlueprintApi blueprints, CareApi care, Api api, CurrentUser currentUser) {
        this.benchmarks = benchmarks;
        this.blueprints = blueprints;
        this.care = care;
        this.api = api;
        this.user = currentUser.require();
        status.setId("target-status");
        explanation.setId("target-explanation");
        chart.setId("target-chart-box");
        chart.getStyle().set("overflow", "auto").set("max-width", "100%");
        measurements.setId("target-measurements");
        measurements.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        measurements.setAllRowsVisible(true);
        measurements
                .addColumn(m -> Formats.shortDate(getLocale()).format(m.measuredOn()))
                .setHeader(getTranslation("benchmark.measuredOn"))
                .setKey("on");
        measurements
                .addColumn(m -> Statuses.withUnit(m.value(), target, this::getTranslation))
                .setHeader(getTranslation("benchmark.value"))
                .setKey("value");
        measurements
                .addColumn(m -> m.computed()
                        ? getTranslation("benchmark.computedFrom", m.sampleSize() == null ? 0 : m.sampleSize())
                        : getTranslation("benchmark.manual"))
                .setHeader(getTranslation("benchmark.how"))
                .setKey("how");
        measurements
                .addColumn(m -> m.note() == null ? "" : m.note())
                .setHeader(getTranslation("benchmark.note"))
                .setFlexGrow(2);
        measurements
                .addColumn(m -> names.getOrDefault(m.recordedBy(), m.recordedBy()))
                .setHeader(getTranslation("benchmark.recordedBy"));
        measurements
                .addComponentColumn(m -> {
                    Button remove = new Button(getTranslation("action.delete"), e -> {
                        try {
                            show(api.body(() -> benchmarks.removeMeasurement(target.id(), m.id())));
                        } catch (ApiProblem p) {
                            Notices.problem(p);
                        }
                    });
                    remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                    remove.setVisible(mayChange());
                    return remove;
                })
                .setKey("remove")
                .setAutoWidth(true);
        measurements.setEmptyStateText(getTranslation("benchmark.noMeasurements"));
        measuredOn.setId("measure-on");
        measuredOn.setLabel(getTranslation("benchmark.measuredOn"));
        measuredOn.setMax(TenantTime.today());
        measuredOn.setValue(TenantTime.today());
        value.setId("measure-value");
        value.setLabel(getTranslation("benchmark.value"));
        note.setLabel(getTranslation("benchmark.note"));
        note.setMaxLength(500);
        record.setId("measure-save");
        record.setText(getTranslation("benchmark.record"));
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.addClickListener(e -> record());
        entry = new HorizontalLayout(measuredOn, value, note, record);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        entry.getStyle().set("flex-wrap", "wrap");
        computeNow.setId("target-compute");
        computeNow.setText(getTranslation("benchmark.computeNow"));
        computeNow.addThemeVariants(ButtonVariant.PRIMARY);
        computeNow.addClickListener(e -> {
            try {
                show(api.body(() -> benchmarks.compute(target.id())));
            } catch (ApiProblem p) {
                if ("no-data".equals(p.code())) {
                    Notices.error(getTranslation("benchmark.noData"));
                } else {
                    Notices.problem(p);
                }
            }
        });
        edit.setId("target-edit");
        edit.setText(getTranslation("benchmark.edit"));
        edit.addClickListener(e -> editor());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                head,
                explanation,
                new HorizontalLayout(edit, delete),
                facts,
                chart,
                new H3(getTranslation("benchmark.measurements")),
                entry,
                computeNow,
                measurements);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a target that is not there (or not the tenant's) lands on the error page, inside the layout
        names = MemberNames.of(api.call(care::members));
        show(api.call(() -> benchmarks.target(event.getRouteParameters().get(ID).orElseThrow())));
    }

    /** The server says whether the caller may change the target; the view offers what it allows. */
    private boolean mayChange() {
        return target != null && target.mayChange();
    }

    void show(TargetView t) {
        target = t;
        title.setText(Statuses.metric(t, getLocale()));
        status.removeAll();
        status.add(Statuses.badge(t.status(), this::getTranslation));
        explanation.setText(getTranslation(
                "benchmark.explain." + t.status(),
                Statuses.withUnit(t.actual() == null ? t.baselineValue() : t.actual(), t, this::getTranslation),
                Statuses.withUnit(t.expected(), t, this::getTranslation),
                Formats.shortDate(getLocale()).format(t.judgedOn()),
                Statuses.withUnit(t.targetValue(), t, this::getTranslation),
                Formats.shortDate(getLocale()).format(t.dueOn())));
        facts.removeAll();
        fact("benchmark.dimension", getTranslation("benchmark.dimension." + t.dimension()));
        fact(
                "benchmark.source",
                getTranslation("benchmark.source." + t.source()) + (t.stepName() == null ? "" : " · " + t.stepName()));
        fact("benchmark.direction", getTranslation("benchmark.direction." + t.direction()));
        fact(
                "benchmark.baseline",
                Statuses.withUnit(t.baselineValue(), t, this::getTranslation) + " · " + t.baselineOn());
        fact("benchmark.target", Statuses.withUnit(t.targetValue(), t, this::getTranslation) + " · " + t.dueOn());
        fact(
                "benchmark.competitor",
                t.competitorName() == null
                        ? "—"
                        : t.competitorName() + " · " + Statuses.withUnit(t.competitorValue(), t, this::getTranslation)
                                + (t.competitorSource() == null ? "" : " (" + t.competitorSource() + ")"));
        fact("benchmark.owner", names.getOrDefault(t.owner(), t.owner()));
        fact("benchmark.progress", Math.round(Math.max(0, t.progress()) * 100) + " %");
        chart.removeAll();
        chart.add(TargetChart.of(t, getLocale(), this::getTranslation));
        measurements.setItems(t.measurements().reversed());
        boolean manual = t.source() == MetricSource.MANUAL;
        entry.setVisible(manual && mayChange());
        computeNow.setVisible(!manual);
        edit.setVisible(mayChange());
        delete.setVisible(mayChange());
    }

    private void fact(String key, String text) {
        Span s = new Span(text);
        facts.addFormItem(s, getTranslation(key));
    }

    private void record() {
        value.setInvalid(false);
        measuredOn.setInvalid(false);
        if (value.getValue() == null || measuredOn.getValue() == null) {
            (value.getValue() == null ? (HasValidation) value : measuredOn)
                    .setErrorMessage(getTranslation("validation.required"));
            (value.getValue() == null ? (HasValidation) value : measuredOn).setInvalid(true);
            return;
        }
        try {
            show(api.body(() -> benchmarks.measure(
                    target.id(), new MeasurementWrite(measuredOn.getValue(), value.getValue(), note.getValue()))));
            value.clear();
            note.clear();
        } catch (ApiProblem p) {
            FieldErrors.show(p, Map.of("measuredOn", measuredOn, "value", value));
        }
    }

    private void editor() {
        List<Member> members = api.call(care::members);
        List<Member> owners = members.stream()
                .filter(m -> m.role() != TenantRole.SERVICE_STAFF)
                .toList();
        Member me = members.stream()
                .filter(m -> m.username().equals(user.username()))
                .findFirst()
                .orElse(new Member(user.username(), user.displayName(), TenantRole.ACCOUNT_MANAGER));
        new TargetDialog(
                        target,
                        api.call(blueprints::touchpointSteps),
                        owners,
                        me,
                        user.hasAny(SignedInUser.TENANT_ADMIN),
                        w -> {
                            TargetView changed = api.body(() -> benchmarks.change(target.id(), w));
                            show(changed);
                            return changed;
                        })
                .open();
    }

    private void confirmDelete() {
        Confirm.before(
                getTranslation("action.delete"),
                Statuses.metric(target, getLocale()),
                getTranslation("benchmark.delete.text"),
                () -> {
                    try {
                        api.run(() -> benchmarks.delete(target.id()));
                        getUI().ifPresent(ui -> ui.navigate(BenchmarksView.class));
                    } catch (ApiProblem p) {
                        Notices.problem(p);
                    }
                });
    }

    @Override
    public String getPageTitle() {
        return target == null ? getTranslation("benchmark.title") : Statuses.metric(target, getLocale());
    }
}
