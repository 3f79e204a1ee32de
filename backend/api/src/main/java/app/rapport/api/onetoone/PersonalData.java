package app.rapport.api.onetoone;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.complaint.ComplaintView;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.survey.ClientSurveys;
import app.rapport.api.survey.ResponseView;
import app.rapport.api.tier.ClientTierView;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Everything Rapport holds about one client, for the client's right of access: the client and its contacts, tier
 * and history, purchases, the one-to-one record (facts, needs, interactions, offers, consumption), the relationship
 * (stage, owner, stage history), every stage suggestion, care actions and touchpoints, complaints, and surveys (the
 * invitations with their figures and opt-out, and every answer as given).
 */
@Serdeable
public record PersonalData(
        Instant exportedAt,
        String exportedBy,
        ClientView client,
        ClientTierView tier,
        List<PurchaseView> purchases,
        List<FactView> facts,
        List<NeedView> needs,
        List<InteractionView> interactions,
        List<OfferView> offers,
        List<ConsumptionView> consumption,
        StageView relationship,
        List<SuggestionView> suggestions,
        List<CareActionView> careActions,
        List<TouchpointView> touchpoints,
        List<ComplaintView> complaints,
        ClientSurveys surveys,
        List<ResponseView> surveyAnswers) {}
