package app.rapport.ui.complaint;

import app.rapport.api.sla.HoldReason;
import app.rapport.api.sla.MilestoneTarget;
import app.rapport.api.sla.ReopenRule;
import app.rapport.api.sla.SlaApi;
import app.rapport.api.sla.SlaMilestone;
import app.rapport.api.sla.SlaPolicyView;
import app.rapport.api.sla.SlaPolicyWrite;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierScope;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Service levels: for the workspace, and for a tier where it differs, the target of each milestone of a complaint's
 * handling in business hours (by the business calendar), the holds that pause it, what a reopening does to it, when
 * to warn and whom to tell (or what to do) at the warning and at the breach. Each save is a new version; complaints keep the version they started under.
 */
@Route(value = "settings/service-levels", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class ServiceLevelsView extends VerticalLayout implements HasDynamicTitle {
    static final String WORKSPACE = TierScope.WORKSPACE;

    /** One milestone's editor: its target, what pauses it, reopening, the warning share, its escalation ladder. */
    static final class Row extends VerticalLayout {
        final Checkbox measured = new Checkbox();
        final IntegerField hours = new IntegerField();
        final IntegerField minutes = new IntegerField();
        final CheckboxGroup<HoldReason> pausedBy = new CheckboxGroup<>();
        final Select<ReopenRule> onReopen = new Select<>();
        final IntegerField warn = new IntegerField();
        final EscalationLadder ladder;

        Row(SlaMilestone m) {
            String id = "sla-" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            setId(id);
            setPadding(false);
            setSpacing(false);
            getStyle()
                    .set("border-top", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding-top", "var(--lumo-space-s)");
            ladder = new EscalationLadder(id);
            measured.setId(id + "-measured");
            measured.setLabel(getTranslation("sla.milestone." + m));
            measured.setWidth("16em");
            hours.setId(id + "-hours");
            hours.setLabel(getTranslation("sla.hours"));
            hours.setMin(0);
            hours.setMax(8760);
            hours.setWidth("6em");
            minutes.setId(id + "-minutes");
            minutes.setLabel(getTranslation("sla.minutes"));
            minutes.setMin(0);
            minutes.setMax(59);
            minutes.setWidth("6em");
            pausedBy.setId(id + "-paused");
            pausedBy.setLabel(getTranslation("sla.pausedBy"));
            pausedBy.setItems(HoldReason.values());
            pausedBy.setItemLabelGenerator(r -> getTranslation("sla.hold." + r));
            onReopen.setId(id + "-reopen");
            onReopen.setLabel(getTranslation("sla.onReopen"));
            onReopen.setItems(ReopenRule.values());
            onReopen.setItemLabelGenerator(r -> r == null ? "" : getTranslation("sla.reopen." + r));
            onReopen.setValue(ReopenRule.RESTART);
            warn.setId(id + "-warn");
            warn.setLabel(getTranslation("sla.warnPercent"));
            warn.setMin(1);
            warn.setMax(99);
            warn.setWidth("7em");
            measured.addValueChangeListener(e -> enable(e.getValue()));
            HorizontalLayout target = new HorizontalLayout(measured, hours, minutes, pausedBy, onReopen, warn);
            target.setWrap(true);
            target.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(target, ladder);
            enable(false);
        }

        private void enable(boolean on) {
            Stream.of(hours, minutes, warn).forEach(f -> f.setEnabled(on));
            pausedBy.setEnabled(on);
            onReopen.setEnabled(on);
            ladder.setEnabled(on);
            ladder.setVisible(on); // a milestone not measured has no ladder to show
        }

        void show(MilestoneTarget t) {
            measured.setValue(t != null);
            hours.setValue(t == null ? null : t.minutes() / 60);
            minutes.setValue(t == null ? null : t.minutes() % 60);
            pausedBy.setValue(t == null ? java.util.Set.of() : t.pausedBy());
            onReopen.setValue(t == null ? ReopenRule.RESTART : t.onReopen());
            warn.setValue(t == null ? null : t.warnPercent());
            ladder.show(t == null ? List.of() : t.escalations());
            enable(t != null);
        }

        MilestoneTarget target(SlaMilestone m) {
            if (!measured.getValue()) {
                return null;
            }
            int total = (hours.getValue() == null ? 0 : hours.getValue()) * 60
                    + (minutes.getValue() == null ? 0 : minutes.getValue());
            return new MilestoneTarget(
                    m, total, pausedBy.getValue(), onReopen.getValue(), warn.getValue(), ladder.ladder());
        }
    }

    final Select<String> scope = new Select<>();
    final Span inheritance = new Span();
    final Button back = new Button();
    final Map<SlaMilestone, Row> rows = new EnumMap<>(SlaMilestone.class);
    final Button save = new Button();
    private final SlaApi sla;
    private final Api api;
    private SlaPolicyView shown;

    ServiceLevelsView(SlaApi sla, TiersApi tiers, Api api) {
        this.sla = sla;
        this.api = api;
        Map<String, TierDefinition> tierById = new LinkedHashMap<>();
        api.body(tiers::settings).tiers().forEach(t -> tierById.put(t.id(), t));
        TierScope.select(scope, "sla-scope", "sla.scope", tierById);
        scope.addValueChangeListener(e -> load());
        inheritance.setId("sla-inheritance");
        back.setId("sla-back");
        back.setText(getTranslation("calendar.back"));
        back.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        back.addClickListener(e -> {
            api.body(() -> sla.removeTierPolicy(scope.getValue()));
            load();
        });
        add(new H2(getTranslation("sla.title")), new Paragraph(getTranslation("sla.help")), scope, inheritance, back);
        for (SlaMilestone m : SlaMilestone.values()) {
            Row r = new Row(m);
            rows.put(m, r);
            add(r);
        }
        save.setId("sla-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(save);
        load();
    }

    void load() {
        String s = scope.getValue();
        shown = api.body(() -> WORKSPACE.equals(s) ? sla.policy() : sla.tierPolicy(s));
        Map<SlaMilestone, MilestoneTarget> targets = new EnumMap<>(SlaMilestone.class);
        shown.targets().forEach(t -> targets.put(t.milestone(), t));
        rows.forEach((m, r) -> r.show(targets.get(m)));
        inheritance.setText(
                shown.inherited()
                        ? getTranslation("sla.inherited")
                        : shown.version() == 0
                                ? getTranslation("sla.none")
                                : getTranslation("sla.version", shown.version()));
        back.setVisible(!WORKSPACE.equals(s) && !shown.inherited());
    }

    private void save() {
        List<MilestoneTarget> targets = new ArrayList<>();
        rows.forEach((m, r) -> {
            MilestoneTarget t = r.target(m);
            if (t != null) {
                targets.add(t);
            }
        });
        for (MilestoneTarget t : targets) {
            if (t.minutes() < 1) {
                Row r = rows.get(t.milestone());
                r.hours.setErrorMessage(getTranslation("sla.atLeastAMinute"));
                r.hours.setInvalid(true);
                return;
            }
        }
        String s = scope.getValue();
        String etag = "\"" + shown.version() + "\"";
        SlaPolicyWrite w = new SlaPolicyWrite(targets);
        try {
            shown = api.body(() -> WORKSPACE.equals(s) ? sla.setPolicy(etag, w) : sla.setTierPolicy(s, etag, w));
            Notices.success(getTranslation("sla.saved", shown.version()));
            load();
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::load);
                return;
            }
            FieldErrors.show(p, fields(targets));
        }
    }

    /** The editor of each field the server may name in the targets sent, by its path. */
    private Map<String, HasValidation> fields(List<MilestoneTarget> sent) {
        Map<String, HasValidation> fields = new java.util.HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            Row r = rows.get(sent.get(i).milestone());
            String at = "targets[" + i + "].";
            fields.put(at + "minutes", r.hours);
            fields.put(at + "warnPercent", r.warn);
            List<EscalationLadder.StepRow> steps = r.ladder.rows();
            for (int j = 0; j < steps.size(); j++) {
                String step = at + "escalations[" + j + "].";
                fields.put(step + "percent", steps.get(j).amount);
                fields.put(step + "minutesBefore", steps.get(j).amount);
                fields.put(step + "actions", steps.get(j).actions);
            }
        }
        return fields;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sla.title");
    }
}
