package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareKind;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.common.TenantRole;
import app.rapport.api.common.Translated;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.lifecycle.PlaybookStepWrite;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.Confirm;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Strategies: each stage's playbook of care action templates, general or refined for one tier. Entering a stage
 * schedules its playbook for the client. Tenant admins edit; account managers read.
 */
@Route(value = "strategies", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER})
@Prototype
public class StrategiesView extends VerticalLayout implements HasDynamicTitle {
    static final String ALL_TIERS = "";

    final Grid<PlaybookStepView> steps = new Grid<>();
    final Button add = new Button();
    private final LifecycleApi lifecycle;
    private final Api api;
    private final List<TierDefinition> tiers;
    private final Map<String, TierDefinition> tierById;

    StrategiesView(LifecycleApi lifecycle, TiersApi tiersApi, Api api, CurrentUser currentUser) {
        this.lifecycle = lifecycle;
        this.api = api;
        boolean admin = currentUser.require().hasAny(SignedInUser.TENANT_ADMIN);
        tiers = api.body(tiersApi::settings).tiers();
        tierById = tiers.stream().collect(Collectors.toMap(TierDefinition::id, t -> t));
        steps.setId("playbook-grid");
        steps.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        steps.setAllRowsVisible(true);
        steps.addColumn(s -> getTranslation("stage." + s.stage()))
                .setHeader(getTranslation("stage.title"))
                .setKey("stage")
                .setAutoWidth(true);
        steps.addColumn(s -> tierName(s.tierId()))
                .setHeader(getTranslation("tiers.tier"))
                .setKey("tier")
                .setAutoWidth(true);
        steps.addColumn(s -> getTranslation("care.kind." + s.kind())).setHeader(getTranslation("care.kind"));
        steps.addColumn(s -> s.titleTranslations().in(MessagesI18NProvider.languageTag(getLocale()), s.title()))
                .setHeader(getTranslation("care.title"))
                .setKey("title")
                .setFlexGrow(2);
        steps.addColumn(s -> s.offsetDays() != null
                        ? getTranslation("playbook.within", s.offsetDays())
                        : getTranslation("playbook.every", s.cadenceDays()))
                .setHeader(getTranslation("playbook.when"))
                .setKey("when");
        steps.addColumn(s -> getTranslation("level." + s.aimedLevel())).setHeader(getTranslation("playbook.aim"));
        steps.addColumn(s -> getTranslation("role." + s.ownerRole())).setHeader(getTranslation("playbook.role"));
        steps.addColumn(s -> s.instructions() == null
                        ? ""
                        : s.instructionsTranslations()
                                .in(MessagesI18NProvider.languageTag(getLocale()), s.instructions()))
                .setHeader(getTranslation("playbook.instructions"))
                .setFlexGrow(2);
        if (admin) {
            steps.addComponentColumn(s -> {
                        Button edit = new Button(getTranslation("playbook.edit"), e -> editor(s));
                        edit.addThemeVariants(ButtonVariant.SMALL);
                        Button remove = new Button(getTranslation("action.delete"), e -> confirmRemove(s));
                        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                        return new HorizontalLayout(edit, remove);
                    })
                    .setAutoWidth(true);
            add.setId("playbook-add");
            add.setText(getTranslation("playbook.add"));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.addClickListener(e -> editor(null));
        }
        steps.setEmptyStateText(getTranslation("playbook.none"));
        add(new H2(getTranslation("playbook.title")), new Paragraph(getTranslation("playbook.help")));
        if (admin) {
            add(add);
        }
        add(steps);
        reload();
    }

    void reload() {
        steps.setItems(api.call(lifecycle::playbook));
    }

    private String tierName(String tierId) {
        return tierId == null || !tierById.containsKey(tierId)
                ? getTranslation("playbook.allTiers")
                : TierNames.of(tierById.get(tierId), getLocale());
    }

    private void confirmRemove(PlaybookStepView s) {
        Confirm.before(
                getTranslation("action.delete"),
                s.titleTranslations().in(MessagesI18NProvider.languageTag(getLocale()), s.title()),
                getTranslation("playbook.remove.text"),
                () -> {
                    try {
                        api.run(() -> lifecycle.removeStep(s.id()));
                        reload();
                    } catch (ApiProblem p) {
                        Notices.problem(p);
                    }
                });
    }

    /** The add/edit dialog: a step needs a stage, kind, title and either "within N days" or "every N days". */
    void editor(PlaybookStepView existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "playbook.add" : "playbook.edit"));
        Select<Stage> stage = new Select<>();
        stage.setLabel(getTranslation("stage.title"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s));
        Select<String> tier = new Select<>();
        tier.setLabel(getTranslation("tiers.tier"));
        List<String> tierIds = new ArrayList<>();
        tierIds.add(ALL_TIERS);
        tiers.forEach(t -> tierIds.add(t.id()));
        tier.setItems(tierIds);
        tier.setItemLabelGenerator(id -> tierName(ALL_TIERS.equals(id) ? null : id));
        Select<CareKind> kind = new Select<>();
        kind.setLabel(getTranslation("care.kind"));
        kind.setItems(CareKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("care.kind." + k));
        TextField title = new TextField(getTranslation("care.title"));
        title.setId("step-title");
        RadioButtonGroup<Boolean> repeating = new RadioButtonGroup<>();
        repeating.setLabel(getTranslation("playbook.when"));
        repeating.setItems(false, true);
        repeating.setItemLabelGenerator(r -> getTranslation(r ? "playbook.repeating" : "playbook.once"));
        IntegerField days = new IntegerField(getTranslation("playbook.days"));
        days.setId("step-days");
        days.setMin(0);
        days.setMax(365);
        Select<ServiceLevel> aim = new Select<>();
        aim.setLabel(getTranslation("playbook.aim"));
        aim.setItems(ServiceLevel.values());
        aim.setItemLabelGenerator(l -> getTranslation("level." + l));
        Select<TenantRole> role = new Select<>();
        role.setLabel(getTranslation("playbook.role"));
        role.setItems(TenantRole.ACCOUNT_MANAGER, TenantRole.SERVICE_STAFF, TenantRole.TENANT_ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        TextArea instructions = new TextArea(getTranslation("playbook.instructions"));
        IntegerField position = new IntegerField(getTranslation("playbook.position"));
        TextField titleZhCn = new TextField(getTranslation("content.title.zhCN"));
        titleZhCn.setId("step-title-zh-cn");
        TextField titleZhTw = new TextField(getTranslation("content.title.zhTW"));
        TextArea instructionsZhCn = new TextArea(getTranslation("content.instructions.zhCN"));
        TextArea instructionsZhTw = new TextArea(getTranslation("content.instructions.zhTW"));
        Details translations = new Details(
                getTranslation("content.translations"),
                new FormLayout(titleZhCn, titleZhTw, instructionsZhCn, instructionsZhTw));
        position.setMin(0);
        position.setMax(1000);
        if (existing == null) {
            stage.setValue(Stage.EXPLORATION);
            tier.setValue(ALL_TIERS);
            kind.setValue(CareKind.CALL);
            repeating.setValue(false);
            days.setValue(2);
            aim.setValue(ServiceLevel.EXPECTED);
            role.setValue(TenantRole.ACCOUNT_MANAGER);
            position.setValue(0);
        } else {
            stage.setValue(existing.stage());
            tier.setValue(existing.tierId() == null ? ALL_TIERS : existing.tierId());
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            repeating.setValue(existing.cadenceDays() != null);
            days.setValue(existing.cadenceDays() != null ? existing.cadenceDays() : existing.offsetDays());
            aim.setValue(existing.aimedLevel());
            role.setValue(existing.ownerRole());
            instructions.setValue(existing.instructions() == null ? "" : existing.instructions());
            position.setValue(existing.position());
            titleZhCn.setValue(orEmpty(existing.titleTranslations().zhCn()));
            titleZhTw.setValue(orEmpty(existing.titleTranslations().zhTw()));
            instructionsZhCn.setValue(
                    orEmpty(existing.instructionsTranslations().zhCn()));
            instructionsZhTw.setValue(
                    orEmpty(existing.instructionsTranslations().zhTw()));
            translations.setOpened(existing.titleTranslations().zhCn() != null
                    || existing.titleTranslations().zhTw() != null);
        }
        FormLayout form = new FormLayout(stage, tier, kind, title, repeating, days, aim, role, position, instructions);
        form.setColspan(instructions, 2);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean again = Boolean.TRUE.equals(repeating.getValue());
            PlaybookStepWrite w = new PlaybookStepWrite(
                    stage.getValue(),
                    ALL_TIERS.equals(tier.getValue()) ? null : tier.getValue(),
                    kind.getValue(),
                    title.getValue(),
                    again ? null : days.getValue(),
                    again ? days.getValue() : null,
                    aim.getValue(),
                    role.getValue(),
                    instructions.getValue(),
                    position.getValue() == null ? 0 : position.getValue(),
                    new Translated(titleZhCn.getValue(), titleZhTw.getValue()),
                    new Translated(instructionsZhCn.getValue(), instructionsZhTw.getValue()));
            try {
                if (existing == null) {
                    api.body(() -> lifecycle.addStep(w));
                } else {
                    api.body(() -> lifecycle.changeStep(existing.id(), w));
                }
                d.close();
                reload();
            } catch (ApiProblem p) {
                Map<String, HasValidation> fields =
                        Map.of("title", title, "offsetDays", days, "cadenceDays", days, "position", position);
                boolean shown = false;
                for (var f : p.fields()) {
                    HasValidation field = fields.get(f.field());
                    if (field != null) {
                        field.setErrorMessage(
                                f.field().equals("title")
                                        ? getTranslation("validation.required")
                                        : getTranslation("playbook.days.invalid"));
                        field.setInvalid(true);
                        shown = true;
                    }
                }
                if (!shown) {
                    Notices.problem(p);
                }
            }
        });
        save.setId("step-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(form, translations);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("playbook.title");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
