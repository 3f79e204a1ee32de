package app.rapport.ui.survey;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.blueprint.TouchpointStep;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.RuleView;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * When clients are asked, on the admin's survey page: the tenant's survey rules (event and its target, form, delay,
 * on or off, how many it invited), each edited in a {@link RuleDialog} or removed; a stale save offers a reload.
 */
final class RulesSection extends VerticalLayout {
    final Grid<RuleView> grid = new Grid<>();
    final Button addRule = new Button();
    private final SurveyApi surveys;
    private final BlueprintApi blueprints;
    private final TiersApi tiers;
    private final Api api;

    RulesSection(SurveyApi surveys, BlueprintApi blueprints, TiersApi tiers, Api api) {
        this.surveys = surveys;
        this.blueprints = blueprints;
        this.tiers = tiers;
        this.api = api;
        setPadding(false);
        String tag = MessagesI18NProvider.languageTag(getLocale());
        grid.setId("survey-rules");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("survey.rules.none"));
        grid.addColumn(this::event)
                .setHeader(getTranslation("survey.rule.trigger"))
                .setFlexGrow(3)
                .setKey("event");
        grid.addColumn(r -> r.instrumentNameTranslations().in(tag, r.instrumentName()))
                .setHeader(getTranslation("survey.instrument"))
                .setFlexGrow(2)
                .setKey("instrument");
        grid.addColumn(r -> r.delayHours() == 0
                        ? getTranslation("survey.rule.atOnce")
                        : getTranslation("survey.rule.after", r.delayHours()))
                .setHeader(getTranslation("survey.rule.delay"))
                .setAutoWidth(true)
                .setKey("delay");
        grid.addComponentColumn(r -> r.active()
                        ? Badge.of(getTranslation("survey.rule.on"), Badge.GREEN)
                        : Badge.of(getTranslation("survey.rule.off"), Badge.GREY))
                .setHeader(getTranslation("survey.status"))
                .setAutoWidth(true)
                .setKey("active");
        grid.addColumn(RuleView::invited)
                .setHeader(getTranslation("survey.invited.count"))
                .setAutoWidth(true)
                .setKey("invited");
        grid.addComponentColumn(r -> {
                    Button edit = new Button(getTranslation("action.edit"), e -> openRule(r));
                    edit.setId("survey-rule-edit-" + r.id());
                    edit.addThemeVariants(ButtonVariant.TERTIARY);
                    Button remove = new Button(
                            getTranslation("action.delete"),
                            e -> Confirm.before(
                                    getTranslation("action.delete"),
                                    event(r),
                                    getTranslation("survey.rule.remove.text"),
                                    () -> removeRule(r)));
                    remove.setId("survey-rule-remove-" + r.id());
                    remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    return new HorizontalLayout(edit, remove);
                })
                .setKey("actions");
        grid.setAllRowsVisible(true);
        addRule.setId("survey-rule-add");
        addRule.setText(getTranslation("survey.rule.add"));
        addRule.addClickListener(e -> openRule(null));
        add(
                new H3(getTranslation("survey.rules.title")),
                new Paragraph(getTranslation("survey.rules.help")),
                addRule,
                grid);
        reload();
    }

    /** The rules again, with the steps and tiers their targets are named by. */
    void reload() {
        steps = api.call(blueprints::touchpointSteps);
        tierList = api.body(tiers::settings).tiers();
        grid.setItems(api.call(surveys::surveyRules));
    }

    private List<TouchpointStep> steps = List.of();
    private List<TierDefinition> tierList = List.of();

    /** The rule's event as a reader says it: "A care action done: Call", "Every 6 months in Gold". */
    String event(RuleView r) {
        String tag = MessagesI18NProvider.languageTag(getLocale());
        String target =
                switch (r.trigger()) {
                    case CARE_DONE -> getTranslation("care.kind." + r.careKind());
                    case TOUCHPOINT_STEP ->
                        steps.stream()
                                .filter(s -> s.stepId().equals(r.stepId()))
                                .map(s -> s.label().in(tag))
                                .findFirst()
                                .orElse(getTranslation("survey.rule.stepGone"));
                    case TIER_SCHEDULE ->
                        getTranslation(
                                "survey.rule.tierEvery",
                                tierList.stream()
                                        .filter(t -> t.id() != null && t.id().equals(r.tierId()))
                                        .map(t -> TierNames.of(t, getLocale()))
                                        .findFirst()
                                        .orElse("—"),
                                r.everyMonths());
                    default -> null;
                };
        String event = getTranslation("survey.rule.trigger." + r.trigger());
        return target == null ? event : getTranslation("survey.rule.event", event, target);
    }

    private void openRule(RuleView editing) {
        List<InstrumentView> active = api.call(() -> surveys.instruments(false));
        if (active.isEmpty()) {
            Notices.error(getTranslation("survey.invite.noInstrument"));
            return;
        }
        new RuleDialog(
                        editing,
                        active,
                        steps,
                        tierList,
                        w -> editing == null
                                ? api.body(() -> surveys.addSurveyRule(w))
                                : api.body(() ->
                                        surveys.changeSurveyRule(editing.id(), "\"" + editing.version() + "\"", w)),
                        saved -> {
                            Notices.success(getTranslation("survey.rule.saved"));
                            reload();
                        },
                        () -> ConflictDialog.open(this::reload))
                .open();
    }

    private void removeRule(RuleView r) {
        try {
            api.run(() -> surveys.removeSurveyRule(r.id()));
            Notices.success(getTranslation("survey.rule.removed"));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
        reload();
    }
}
