package app.rapport.ui.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareSource;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.lifecycle.PlaybookStepView;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.i18n.MessagesI18NProvider;
import app.rapport.ui.platform.i18n.Wording;
import app.rapport.ui.tier.TierNames;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a care action is called and how it ended, in the reader's language: a playbook's action as its strategy step
 * is titled, a tier's cadence check-in after the tier, everything else as its planner wrote it.
 */
public final class CareTitles {
    private final Api api;

    public CareTitles(Api api) {
        this.api = api;
    }

    private Map<String, TierDefinition> tiers;
    private Map<String, PlaybookStepView> steps;

    /** A playbook's action reads as its strategy step is titled in the reader's language, when translated. */
    private String playbookTitle(CareActionView a) {
        if (steps == null) {
            LifecycleApi lifecycle = Beans.context().getBean(LifecycleApi.class);
            steps = api.call(lifecycle::playbook).stream()
                    .collect(Collectors.toMap(PlaybookStepView::id, s -> s, (x, y) -> x));
        }
        PlaybookStepView step = steps.get(a.sourceRef());
        return step == null
                ? a.title()
                : step.titleTranslations().in(MessagesI18NProvider.languageTag(locale()), a.title());
    }

    /**
     * What the action is called in the reader's language: a tier's cadence check-in is named after the tier (the
     * server stores the English name), everything else as its planner wrote it.
     */
    public String title(CareActionView a) {
        if (a.source() == CareSource.PLAYBOOK && a.sourceRef() != null) {
            return playbookTitle(a);
        }
        if (a.source() == CareSource.COMPLAINT) {
            // the server titles a complaint's follow-up with the complaint's reference ("C-42"), and the care action an
            // escalation opens with the reference and the milestone ("C-42#FIRST_RESPONSE")
            int hash = a.title().indexOf('#');
            return hash < 0
                    ? UI.getCurrent().getTranslation("care.complaint.title", a.title())
                    : UI.getCurrent()
                            .getTranslation(
                                    "care.complaint.escalated",
                                    a.title().substring(0, hash),
                                    UI.getCurrent()
                                            .getTranslation(
                                                    "sla.milestone." + a.title().substring(hash + 1)));
        }
        if (a.source() == CareSource.SURVEY) {
            return survey(a.title());
        }
        if (a.source() != CareSource.CADENCE || a.sourceRef() == null) {
            return a.title();
        }
        if (tiers == null) {
            TiersApi tierApi = Beans.context().getBean(TiersApi.class);
            tiers = api.body(tierApi::settings).tiers().stream()
                    .collect(Collectors.toMap(TierDefinition::id, t -> t, (x, y) -> x));
        }
        TierDefinition tier = tiers.get(a.sourceRef());
        return tier == null
                ? a.title()
                : UI.getCurrent().getTranslation("care.cadence.title", TierNames.of(tier, locale()));
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    static boolean isClosedWithText(CareActionView a) {
        return a.outcome() != null || a.closeReason() != null || a.closeCode() != null;
    }

    /** How a closed action ended: the outcome and level delivered, or why it was skipped or cancelled. */
    String closed(CareActionView a) {
        if (a.outcome() != null) {
            return a.outcome()
                    + (a.deliveredLevel() == null
                            ? ""
                            : " · " + UI.getCurrent().getTranslation("level." + a.deliveredLevel()));
        }
        return Wording.reason(
                a.closeCode(),
                a.stage() == null ? Map.of() : Map.of("stage", a.stage().name()),
                a.closeReason());
    }

    /**
     * The title of a care action a survey planned, in the reader's language: the call-back of a low answer titled by
     * the figure that asked for it ("NPS:3", "CSAT:2"), or the sending of a rule's invitation ("SEND").
     */
    public static String survey(String title) {
        if (title.matches("(NPS|CSAT):\\d{1,2}")) {
            String[] figure = title.split(":");
            return UI.getCurrent().getTranslation("care.survey.title." + figure[0], Integer.valueOf(figure[1]));
        }
        if ("SEND".equals(title)) {
            return UI.getCurrent().getTranslation("care.survey.title.SEND");
        }
        return title;
    }
}
