package app.rapport.platform.privacy;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.tier.ClientTierView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The export being assembled: each {@link PersonalDataPart} fills its sections, and {@link #build} refuses an export
 * in which a section was left unfilled, so a section added to {@link PersonalData} cannot be forgotten.
 */
public final class PersonalDataExport {
    private ClientView client;
    private ClientTierView tier;
    private List<PurchaseView> purchases;
    private List<FactView> facts;
    private List<NeedView> needs;
    private List<InteractionView> interactions;
    private List<OfferView> offers;
    private List<ConsumptionView> consumption;
    private StageView relationship;
    private List<SuggestionView> suggestions;
    private List<CareActionView> careActions;
    private List<TouchpointView> touchpoints;
    private List<ComplaintView> complaints;
    private ClientSurveys surveys;
    private List<ResponseView> surveyAnswers;

    public PersonalDataExport client(ClientView v) {
        client = v;
        return this;
    }

    public PersonalDataExport tier(ClientTierView v) {
        tier = v;
        return this;
    }

    public PersonalDataExport purchases(List<PurchaseView> v) {
        purchases = v;
        return this;
    }

    public PersonalDataExport facts(List<FactView> v) {
        facts = v;
        return this;
    }

    public PersonalDataExport needs(List<NeedView> v) {
        needs = v;
        return this;
    }

    public PersonalDataExport interactions(List<InteractionView> v) {
        interactions = v;
        return this;
    }

    public PersonalDataExport offers(List<OfferView> v) {
        offers = v;
        return this;
    }

    public PersonalDataExport consumption(List<ConsumptionView> v) {
        consumption = v;
        return this;
    }

    public PersonalDataExport relationship(StageView v) {
        relationship = v;
        return this;
    }

    public PersonalDataExport suggestions(List<SuggestionView> v) {
        suggestions = v;
        return this;
    }

    public PersonalDataExport careActions(List<CareActionView> v) {
        careActions = v;
        return this;
    }

    public PersonalDataExport touchpoints(List<TouchpointView> v) {
        touchpoints = v;
        return this;
    }

    public PersonalDataExport complaints(List<ComplaintView> v) {
        complaints = v;
        return this;
    }

    public PersonalDataExport surveys(ClientSurveys v, List<ResponseView> answers) {
        surveys = v;
        surveyAnswers = answers;
        return this;
    }

    /** The export, once every section has been filled by its part. */
    public PersonalData build(Instant exportedAt, String exportedBy) {
        List<String> missing = new ArrayList<>();
        check(missing, "client", client);
        check(missing, "tier", tier);
        check(missing, "purchases", purchases);
        check(missing, "facts", facts);
        check(missing, "needs", needs);
        check(missing, "interactions", interactions);
        check(missing, "offers", offers);
        check(missing, "consumption", consumption);
        check(missing, "relationship", relationship);
        check(missing, "suggestions", suggestions);
        check(missing, "careActions", careActions);
        check(missing, "touchpoints", touchpoints);
        check(missing, "complaints", complaints);
        check(missing, "surveys", surveys);
        check(missing, "surveyAnswers", surveyAnswers);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no personal-data part filled " + missing);
        }
        return new PersonalData(
                exportedAt,
                exportedBy,
                client,
                tier,
                purchases,
                facts,
                needs,
                interactions,
                offers,
                consumption,
                relationship,
                suggestions,
                careActions,
                touchpoints,
                complaints,
                surveys,
                surveyAnswers);
    }

    private static void check(List<String> missing, String name, Object value) {
        if (Objects.isNull(value)) {
            missing.add(name);
        }
    }
}
