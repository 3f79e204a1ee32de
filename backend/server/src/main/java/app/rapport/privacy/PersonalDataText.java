package app.rapport.privacy;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.TouchpointView;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactView;
import app.rapport.api.lifecycle.StageChangeView;
import app.rapport.api.lifecycle.StageView;
import app.rapport.api.lifecycle.SuggestionView;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.TierChangeView;

/** The export as a person reads it: plain text, one section per kind of record. */
final class PersonalDataText {
    private PersonalDataText() {}

    static String of(PersonalData d) {
        StringBuilder s = new StringBuilder();
        ClientView c = d.client();
        s.append("Personal data held by Rapport about ").append(c.name()).append('\n');
        s.append("Exported ")
                .append(d.exportedAt())
                .append(" by ")
                .append(d.exportedBy())
                .append("\n\n");
        section(s, "Client");
        line(s, "Kind", c.kind());
        line(s, "Name", c.name());
        line(s, "Industry", c.industry());
        line(s, "Email", c.email());
        line(s, "Phone", c.phone());
        line(s, "City", c.city());
        line(s, "Website", c.website());
        line(s, "Notes", c.notes());
        line(s, "Registered", c.createdAt());
        for (ContactView ct : c.contacts()) {
            line(s, "Contact", ct.name() + " " + nz(ct.jobTitle()) + " " + nz(ct.email()) + " " + nz(ct.phone()));
        }
        section(s, "Tier");
        line(
                s,
                "Current tier",
                d.tier().tier() == null ? "none" : d.tier().tier().nameEn());
        line(s, "Revenue, last 12 months", d.tier().revenue());
        line(s, "Margin, last 12 months", d.tier().margin());
        for (TierChangeView h : d.tier().history()) {
            line(s, h.at().toString(), h.method() + ": " + h.reason());
        }
        section(s, "Purchases (" + d.purchases().size() + ")");
        for (PurchaseView p : d.purchases()) {
            line(
                    s,
                    p.purchasedOn().toString(),
                    p.productName() + " " + p.quantity() + " " + p.unit() + ", amount " + p.amount());
        }
        section(s, "Profile facts");
        for (FactView f : d.facts()) {
            line(s, f.category() + " / " + f.label(), f.value());
        }
        section(s, "Needs");
        for (NeedView n : d.needs()) {
            line(s, n.origin() + " " + n.status(), n.description());
        }
        section(s, "Interactions");
        for (InteractionView i : d.interactions()) {
            line(
                    s,
                    i.at() + " " + i.direction() + " " + i.channel(),
                    i.summary() + (i.response() == null ? "" : " — " + i.response()));
        }
        section(s, "Offers");
        for (OfferView o : d.offers()) {
            line(s, o.kind() + " (" + o.status() + ")", o.what() + " — " + o.why());
        }
        section(s, "Consumption");
        for (ConsumptionView v : d.consumption()) {
            line(
                    s,
                    v.productName(),
                    v.method() + " " + (v.dailyRate() == null ? "" : v.dailyRate() + " " + v.unit() + "/day")
                            + (v.runOutOn() == null ? "" : ", runs out " + v.runOutOn()));
        }
        section(s, "Relationship");
        StageView r = d.relationship();
        line(s, "Stage", r.stage() + " since " + r.since());
        line(s, "Account owner", r.owner());
        for (StageChangeView h : r.history()) {
            line(s, h.at().toString(), (h.from() == null ? "" : h.from() + " -> ") + h.to() + ": " + h.reason());
        }
        section(s, "Stage suggestions (" + d.suggestions().size() + ")");
        for (SuggestionView v : d.suggestions()) {
            line(s, v.computedAt() + " " + v.from() + " -> " + v.to() + " (" + v.status() + ")", v.explanation());
        }
        section(s, "Care actions (" + d.careActions().size() + ")");
        for (CareActionView a : d.careActions()) {
            line(
                    s,
                    a.dueOn() + " " + a.kind() + " (" + a.status() + ")",
                    a.title() + (a.outcome() == null ? "" : " — " + a.outcome()));
        }
        section(s, "Touchpoints (" + d.touchpoints().size() + ")");
        for (TouchpointView t : d.touchpoints()) {
            line(
                    s,
                    t.at() + " " + t.channel(),
                    t.what()
                            + (t.contactPerson() == null ? "" : " (" + t.contactPerson() + ")")
                            + (t.rating() == null ? "" : ", rated " + t.rating()));
        }
        return s.toString();
    }

    private static void section(StringBuilder s, String title) {
        s.append('\n')
                .append(title)
                .append('\n')
                .append("-".repeat(title.length()))
                .append('\n');
    }

    private static void line(StringBuilder s, String label, Object value) {
        if (value != null && !(value instanceof String str && str.isBlank())) {
            s.append(label).append(": ").append(value).append('\n');
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
