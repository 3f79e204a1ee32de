package app.rapport.ui.survey;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.survey.InstrumentTemplate;
import app.rapport.api.survey.InstrumentView;
import app.rapport.api.survey.QuestionType;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.survey.SurveySettings;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Badge;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the tenant asks its clients: the suppression window, how long a link stays valid and how soon a low answer is
 * called back; and the instruments — made from a shipped template or from nothing, edited (each save a new version),
 * archived (kept for their answers, no new invitations).
 */
@Route(value = "settings/surveys", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class SurveysSetupView extends VerticalLayout implements HasDynamicTitle {
    final IntegerField suppression = new IntegerField();
    final IntegerField expiry = new IntegerField();
    final IntegerField followUp = new IntegerField();
    final Button saveSettings = new Button();
    final Grid<InstrumentView> grid = new Grid<>();
    final Checkbox showArchived = new Checkbox();
    final MenuBar add = new MenuBar();
    final RulesSection rules;
    private final SurveyApi surveys;
    private final Api api;
    private long settingsVersion;

    SurveysSetupView(SurveyApi surveys, BlueprintApi blueprints, TiersApi tiers, Api api) {
        this.surveys = surveys;
        this.api = api;
        this.rules = new RulesSection(surveys, blueprints, tiers, api);
        suppression.setId("survey-suppression");
        suppression.setLabel(getTranslation("survey.settings.suppression"));
        suppression.setHelperText(getTranslation("survey.settings.suppression.help"));
        suppression.setMin(0);
        suppression.setMax(365);
        expiry.setId("survey-expiry");
        expiry.setLabel(getTranslation("survey.settings.expiry"));
        expiry.setHelperText(getTranslation("survey.settings.expiry.help"));
        expiry.setMin(1);
        expiry.setMax(90);
        followUp.setId("survey-follow-up");
        followUp.setLabel(getTranslation("survey.settings.followUp"));
        followUp.setHelperText(getTranslation("survey.settings.followUp.help"));
        followUp.setMin(0);
        followUp.setMax(30);
        for (IntegerField f : new IntegerField[] {suppression, expiry, followUp}) {
            f.setStepButtonsVisible(true);
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("survey.settings.days")));
            f.setWidth("16em");
        }
        saveSettings.setId("survey-settings-save");
        saveSettings.setText(getTranslation("action.save"));
        saveSettings.addThemeVariants(ButtonVariant.PRIMARY);
        saveSettings.addClickListener(e -> saveSettings());
        FlexLayout settings = new FlexLayout(suppression, expiry, followUp);
        settings.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        settings.getStyle().set("gap", "var(--lumo-space-m, 1em)");

        String tag = MessagesI18NProvider.languageTag(getLocale());
        grid.setId("survey-instruments");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("survey.instruments.none"));
        grid.addColumn(i -> i.nameTranslations().in(tag, i.name()))
                .setHeader(getTranslation("survey.instrument"))
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(i -> i.questions().stream()
                        .map(q -> getTranslation("survey.type." + q.type()))
                        .collect(Collectors.joining(getLocale().getLanguage().equals("zh") ? "、" : ", ")))
                .setHeader(getTranslation("survey.questions"))
                .setFlexGrow(2)
                .setKey("questions");
        grid.addColumn(InstrumentView::version)
                .setHeader(getTranslation("survey.version"))
                .setAutoWidth(true)
                .setKey("version");
        grid.addColumn(i -> getTranslation("survey.answeredOfInvited", i.answered(), i.invited()))
                .setHeader(getTranslation("survey.answered"))
                .setAutoWidth(true)
                .setKey("answered");
        grid.addComponentColumn(i -> {
                    HorizontalLayout row = new HorizontalLayout();
                    if (i.archived()) {
                        row.add(Badge.of(getTranslation("survey.archived"), Badge.GREY));
                        return row;
                    }
                    Button edit = new Button(getTranslation("action.edit"), e -> open(i.id(), null));
                    edit.setId("survey-instrument-edit-" + i.id());
                    edit.addThemeVariants(ButtonVariant.TERTIARY);
                    Button archive = new Button(
                            getTranslation("survey.archive"),
                            e -> Confirm.before(
                                    getTranslation("survey.archive"),
                                    i.nameTranslations().in(tag, i.name()),
                                    getTranslation("survey.archive.text"),
                                    () -> archive(i)));
                    archive.setId("survey-instrument-archive-" + i.id());
                    archive.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    row.add(edit, archive);
                    return row;
                })
                .setKey("actions");
        grid.setAllRowsVisible(true);
        grid.addItemDoubleClickListener(e -> {
            if (!e.getItem().archived()) {
                open(e.getItem().id(), null);
            }
        });
        showArchived.setId("survey-show-archived");
        showArchived.setLabel(getTranslation("survey.showArchived"));
        showArchived.addValueChangeListener(e -> reload());
        add.setId("survey-instrument-add");
        add.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.PRIMARY);
        MenuItem create = add.addItem(getTranslation("survey.instrument.add"));
        for (InstrumentTemplate t : InstrumentTemplate.values()) {
            create.getSubMenu()
                    .addItem(getTranslation("survey.template." + t), e -> open(InstrumentEditorView.NEW, t))
                    .setId("survey-template-" + t);
        }
        create.getSubMenu()
                .addItem(getTranslation("survey.template.BLANK"), e -> open(InstrumentEditorView.NEW, null))
                .setId("survey-template-BLANK");
        HorizontalLayout tools = new HorizontalLayout(add, showArchived);
        tools.setAlignItems(Alignment.BASELINE);
        add(
                new H2(getTranslation("survey.setup.title")),
                new Paragraph(getTranslation("survey.setup.help")),
                new H3(getTranslation("survey.settings.title")),
                settings,
                saveSettings,
                new H3(getTranslation("survey.instruments.title")),
                new Paragraph(getTranslation("survey.instruments.help", QuestionType.values().length)),
                tools,
                grid,
                rules);
        showSettings(api.body(surveys::surveySettings));
        reload();
    }

    private void showSettings(SurveySettings s) {
        suppression.setValue(s.suppressionDays());
        expiry.setValue(s.expiryDays());
        followUp.setValue(s.followUpDays());
        settingsVersion = s.version();
    }

    private void saveSettings() {
        boolean missing = FieldErrors.missing(suppression, suppression.getValue() == null)
                | FieldErrors.missing(expiry, expiry.getValue() == null)
                | FieldErrors.missing(followUp, followUp.getValue() == null);
        if (missing) {
            return;
        }
        SurveySettings write =
                new SurveySettings(suppression.getValue(), expiry.getValue(), followUp.getValue(), settingsVersion);
        try {
            showSettings(api.body(() -> surveys.changeSurveySettings("\"" + settingsVersion + "\"", write)));
            Notices.success(getTranslation("survey.settings.saved"));
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(() -> showSettings(api.body(surveys::surveySettings)));
                return;
            }
            FieldErrors.show(p, Map.of("suppressionDays", suppression, "expiryDays", expiry, "followUpDays", followUp));
        }
    }

    private void reload() {
        grid.setItems(api.call(() -> surveys.instruments(showArchived.getValue() ? Boolean.TRUE : Boolean.FALSE)));
    }

    private void archive(InstrumentView i) {
        try {
            api.run(() -> surveys.archiveInstrument(i.id()));
            Notices.success(getTranslation("survey.archived.saved"));
        } catch (ApiProblem p) {
            Notices.problem(p);
        }
        reload();
    }

    private void open(String id, InstrumentTemplate template) {
        getUI().ifPresent(ui -> ui.navigate(
                "settings/surveys/" + id,
                template == null ? QueryParameters.empty() : QueryParameters.of("template", template.name())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.setup.title");
    }
}
