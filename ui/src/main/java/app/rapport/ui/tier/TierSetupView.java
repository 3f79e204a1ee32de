package app.rapport.ui.tier;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierMethod;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.api.tier.TierSettingsWrite;
import app.rapport.api.tier.TiersApi;
import app.rapport.api.tier.ValueMeasure;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tenant admins set the classification method and the ordered tiers (rank = order on the page). */
@Route(value = "tiers/settings", layout = MainLayout.class)
@Allowed(SignedInUser.TENANT_ADMIN)
@Prototype
public class TierSetupView extends VerticalLayout implements HasDynamicTitle {
    private static final Pattern TIER_FIELD = Pattern.compile("^tiers\\[(\\d+)]\\.(\\w+)$");

    private final TiersApi tiers;
    private final Api api;
    final Select<TierMethod> method = new Select<>();
    final Select<ValueMeasure> measure = new Select<>();
    final IntegerField replenishment = new IntegerField();
    final Paragraph explanation = new Paragraph();
    final VerticalLayout editors = new VerticalLayout();
    final List<TierEditor> rows = new ArrayList<>();
    final Button add = new Button();
    final Button save = new Button();
    private long version;

    TierSetupView(TiersApi tiers, Api api) {
        this.tiers = tiers;
        this.api = api;
        method.setId("tier-method");
        method.setLabel(getTranslation("tier.method"));
        method.setItems(TierMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("tier.method." + m));
        method.addValueChangeListener(e -> {
            rows.forEach(r -> r.setMethod(e.getValue()));
            explanation.setText(getTranslation("tier.method." + e.getValue() + ".help"));
        });
        measure.setId("tier-measure");
        measure.setLabel(getTranslation("tier.measure"));
        measure.setItems(ValueMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation("tier.measure." + m));
        replenishment.setId("tier-replenishment");
        replenishment.setLabel(getTranslation("tier.replenishmentDays"));
        replenishment.setMin(1);
        replenishment.setMax(90);
        add.setText(getTranslation("tier.add"));
        add.setId("tier-add");
        add.addClickListener(e -> addEditor(null));
        save.setText(getTranslation("action.save"));
        save.setId("tier-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        editors.setPadding(false);
        add(
                new H2(getTranslation("tier.settings.title")),
                new HorizontalLayout(method, measure, replenishment),
                explanation,
                editors,
                new HorizontalLayout(add, save));
        show(api.body(tiers::settings));
    }

    private void show(TierSettingsView s) {
        version = s.version();
        method.setValue(s.method());
        measure.setValue(s.measure());
        replenishment.setValue(s.replenishmentDays());
        rows.clear();
        editors.removeAll();
        s.tiers().forEach(this::addEditor);
    }

    private void addEditor(TierDefinition tier) {
        TierEditor[] holder = new TierEditor[1];
        holder[0] = new TierEditor(tier, method.getValue(), () -> {
            rows.remove(holder[0]);
            editors.remove(holder[0]);
        });
        holder[0].setId("tier-row-" + rows.size());
        rows.add(holder[0]);
        editors.add(holder[0]);
    }

    private void save() {
        List<TierDefinition> defs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            defs.add(rows.get(i).definition(i + 1, method.getValue()));
        }
        TierSettingsWrite write = new TierSettingsWrite(
                method.getValue(),
                measure.getValue(),
                replenishment.getValue() == null ? 0 : replenishment.getValue(),
                defs);
        try {
            show(api.body(() -> tiers.configure("\"" + version + "\"", write)));
            Notices.success(getTranslation("tier.settings.saved"));
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(() -> show(api.body(tiers::settings)));
            } else if (!showErrors(p.fields())) {
                Notices.problem(p);
            }
        }
    }

    private boolean showErrors(List<FieldProblem> problems) {
        boolean shown = false;
        for (FieldProblem f : problems) {
            Matcher m = TIER_FIELD.matcher(f.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                shown |= rows.get(Integer.parseInt(m.group(1))).showError(m.group(2), Wording.field(f));
            } else if (f.field().equals("replenishmentDays")) {
                replenishment.setErrorMessage(Wording.field(f));
                replenishment.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tier.settings.title");
    }
}
