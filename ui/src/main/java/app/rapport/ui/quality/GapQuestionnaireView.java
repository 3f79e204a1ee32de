package app.rapport.ui.quality;

import app.rapport.api.gaps.DimensionAssessment;
import app.rapport.api.gaps.FiveGapsApi;
import app.rapport.api.gaps.GapAssessment;
import app.rapport.api.gaps.GapAssessmentWrite;
import app.rapport.api.survey.ServqualDimension;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Formats;
import app.rapport.ui.platform.i18n.TenantTime;
import app.rapport.ui.platform.layout.Allowed;
import app.rapport.ui.platform.layout.ConflictDialog;
import app.rapport.ui.platform.layout.FieldErrors;
import app.rapport.ui.platform.layout.MainLayout;
import app.rapport.ui.platform.layout.Notices;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The internal questionnaire of the five-gap model, for every member (staff answer it on a phone): per SERVQUAL
 * dimension, what they believe clients expect of it and how fully the standards specify it, 1–7. Each member answers
 * for themself; each save is a new version over the one read, and the figures count only the latest.
 */
@Route(value = "quality/questionnaire", layout = MainLayout.class)
@Allowed({SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER, SignedInUser.SERVICE_STAFF})
@Prototype
public class GapQuestionnaireView extends VerticalLayout implements HasDynamicTitle {
    private static final List<Integer> SCALE =
            IntStream.rangeClosed(1, 7).boxed().toList();

    final Map<ServqualDimension, RadioButtonGroup<Integer>> expected = new EnumMap<>(ServqualDimension.class);
    final Map<ServqualDimension, RadioButtonGroup<Integer>> specified = new EnumMap<>(ServqualDimension.class);
    final Paragraph status = new Paragraph();
    final Button save = new Button();
    private final FiveGapsApi gaps;
    private final Api api;
    private GapAssessment shown;

    GapQuestionnaireView(FiveGapsApi gaps, Api api) {
        this.gaps = gaps;
        this.api = api;
        setMaxWidth("44em");
        status.setId("gaps-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(
                new H2(getTranslation("gaps.questionnaire.title")),
                new Paragraph(getTranslation("gaps.questionnaire.help")),
                status);
        for (ServqualDimension d : ServqualDimension.values()) {
            RadioButtonGroup<Integer> e =
                    scale("gaps-expected-" + d, "gaps.questionnaire.expected", "gaps.questionnaire.expected.ends");
            RadioButtonGroup<Integer> s =
                    scale("gaps-specified-" + d, "gaps.questionnaire.specified", "gaps.questionnaire.specified.ends");
            expected.put(d, e);
            specified.put(d, s);
            Paragraph what = new Paragraph(getTranslation("form.servqual.dimension." + d));
            what.getStyle().set("margin-top", "0");
            Div card = new Div(new H3(getTranslation("servqual.dimension." + d)), what, e, s);
            card.setId("gaps-card-" + d);
            card.setWidthFull();
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("box-sizing", "border-box");
            add(card);
        }
        save.setId("gaps-save");
        save.setText(getTranslation("gaps.questionnaire.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setMinHeight("44px");
        save.addClickListener(e -> save());
        add(save);
        load();
    }

    private RadioButtonGroup<Integer> scale(String id, String label, String ends) {
        RadioButtonGroup<Integer> g = new RadioButtonGroup<>();
        g.setId(id);
        g.setLabel(getTranslation(label));
        g.setHelperText(getTranslation(ends));
        g.setItems(SCALE);
        // the seven points side by side (they wrap on the narrowest phones), as a printed scale reads
        g.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.AURA_HORIZONTAL);
        g.setRequiredIndicatorVisible(true);
        g.setWidthFull();
        return g;
    }

    void load() {
        shown = api.body(gaps::myAssessment);
        for (ServqualDimension d : ServqualDimension.values()) {
            expected.get(d).clear();
            specified.get(d).clear();
            expected.get(d).setInvalid(false);
            specified.get(d).setInvalid(false);
        }
        for (DimensionAssessment a : shown.dimensions()) {
            expected.get(a.dimension()).setValue(a.expected());
            specified.get(a.dimension()).setValue(a.specified());
        }
        status.setText(
                shown.answeredAt() == null
                        ? getTranslation("gaps.questionnaire.never")
                        : getTranslation(
                                "gaps.questionnaire.answered",
                                Formats.shortDateTime(getLocale())
                                        .format(shown.answeredAt().atZone(TenantTime.zone()))));
    }

    private void save() {
        boolean missing = false;
        List<DimensionAssessment> answers = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>();
        int i = 0;
        for (ServqualDimension d : ServqualDimension.values()) {
            RadioButtonGroup<Integer> e = expected.get(d);
            RadioButtonGroup<Integer> s = specified.get(d);
            missing |= FieldErrors.missing(e, e.getValue() == null);
            missing |= FieldErrors.missing(s, s.getValue() == null);
            answers.add(new DimensionAssessment(d, e.getValue(), s.getValue()));
            fields.put("dimensions[" + i + "].expected", e);
            fields.put("dimensions[" + i + "].specified", s);
            i++;
        }
        if (missing) {
            return;
        }
        String etag = "\"" + shown.version() + "\"";
        try {
            api.call(() -> gaps.assess(etag, new GapAssessmentWrite(answers)));
            Notices.success(getTranslation("gaps.questionnaire.saved"));
            load();
        } catch (ApiProblem p) {
            if (p.status() == 412) {
                ConflictDialog.open(this::load);
                return;
            }
            FieldErrors.show(p, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gaps.questionnaire.title");
    }
}
