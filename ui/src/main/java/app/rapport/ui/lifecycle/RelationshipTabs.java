package app.rapport.ui.lifecycle;

import app.rapport.api.care.CareApi;
import app.rapport.api.complaint.ComplaintApi;
import app.rapport.api.lifecycle.LifecycleApi;
import app.rapport.api.tier.TiersApi;
import app.rapport.ui.complaint.ClientComplaints;
import app.rapport.ui.onetoone.ClientRecordTabs;
import app.rapport.ui.platform.api.Api;
import app.rapport.ui.platform.security.SignedInUser;
import com.vaadin.flow.component.tabs.TabSheet;
import jakarta.inject.Singleton;

/** The client page's relationship, care, complaints and timeline tabs, built when first opened. */
@Singleton
public class RelationshipTabs {
    private final LifecycleApi lifecycle;
    private final CareApi care;
    private final TiersApi tiers;
    private final ComplaintApi complaints;
    private final Api api;

    RelationshipTabs(LifecycleApi lifecycle, CareApi care, TiersApi tiers, ComplaintApi complaints, Api api) {
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.care = care;
        this.tiers = tiers;
        this.api = api;
    }

    public void addTo(TabSheet tabs, String clientId, SignedInUser user) {
        ClientRecordTabs.lazy(tabs, "relationship", () -> new RelationshipTab(clientId, lifecycle, care, api, user));
        ClientRecordTabs.lazy(tabs, "care", () -> new CareTab(clientId, care, api, user));
        ClientRecordTabs.lazy(tabs, "complaints", () -> new ClientComplaints(clientId, complaints, api));
        ClientRecordTabs.lazy(tabs, "timeline", () -> new TimelineTab(clientId, lifecycle, tiers, care, api));
    }
}
