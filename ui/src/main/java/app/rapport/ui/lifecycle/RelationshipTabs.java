package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareApi;
import app.rapport.api.client.ClientView;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.survey.SurveyApi;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.complaint.ClientComplaints;
import app.rapport.ui.onetoone.ClientRecordTabs;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.security.SignedInUser;
import app.rapport.ui.survey.ClientSurveysTab;
import app.rapport.ui.survey.SurveyDelivery;
import app.rapport.ui.survey.SurveySubjects;
import com.vaadin.flow.component.tabs.TabSheet;
import jakarta.inject.Singleton;

/** The client page's relationship, care, complaints, surveys and timeline tabs, built when first opened. */
@Singleton
public class RelationshipTabs {
    private final LifecycleApi lifecycle;
    private final CareApi care;
    private final TiersApi tiers;
    private final ComplaintApi complaints;
    private final Api api;

    private final SurveyApi surveys;
    private final SurveyDelivery delivery;
    private final SurveySubjects subjects;

    RelationshipTabs(
            LifecycleApi lifecycle,
            CareApi care,
            TiersApi tiers,
            ComplaintApi complaints,
            SurveyApi surveys,
            SurveyDelivery delivery,
            SurveySubjects subjects,
            Api api) {
        this.subjects = subjects;
        this.surveys = surveys;
        this.delivery = delivery;
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.care = care;
        this.tiers = tiers;
        this.api = api;
    }

    public void addTo(TabSheet tabs, ClientView client, SignedInUser user) {
        String clientId = client.id();
        ClientRecordTabs.lazy(tabs, "relationship", () -> new RelationshipTab(clientId, lifecycle, care, api, user));
        ClientRecordTabs.lazy(tabs, "care", () -> new CareTab(clientId, care, api, user));
        ClientRecordTabs.lazy(tabs, "complaints", () -> new ClientComplaints(clientId, complaints, api));
        if (user.canEditClients()) {
            // surveys are the account manager's and the admin's: service staff neither invite nor read the answers
            ClientRecordTabs.lazy(
                    tabs,
                    "surveys",
                    () -> new ClientSurveysTab(
                            clientId,
                            client.name(),
                            client.contacts(),
                            surveys,
                            delivery,
                            subjects,
                            api,
                            app.rapport.ui.care.MemberNames.of(api.call(care::members))));
        }
        ClientRecordTabs.lazy(tabs, "timeline", () -> new TimelineTab(clientId, lifecycle, tiers, care, api));
    }
}
