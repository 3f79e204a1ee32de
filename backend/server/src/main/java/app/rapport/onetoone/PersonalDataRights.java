package app.rapport.onetoone;

import app.rapport.api.client.ClientView;
import app.rapport.api.client.ContactView;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.FactView;
import app.rapport.api.onetoone.InteractionView;
import app.rapport.api.onetoone.NeedView;
import app.rapport.api.onetoone.OfferView;
import app.rapport.api.onetoone.PersonalData;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.TierChangeView;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.purchase.Purchases;
import app.rapport.tier.Tiers;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client's rights over its personal data: an export of everything Rapport holds about it, and erasure of a
 * person client — personal fields anonymised, facts removed, free texts of the dialogue blanked, the audit trail's
 * before/after images of those records scrubbed — while purchases and tiers stay, so that aggregates keep adding up.
 */
@Singleton
public class PersonalDataRights {
    static final String ERASED = "(erased)";

    private final Clients clients;
    private final Tiers tiers;
    private final Purchases purchases;
    private final Profile profile;
    private final Dialogue dialogue;
    private final Offers offers;
    private final Consumption consumption;
    private final Repositories.Facts facts;
    private final Repositories.Needs needs;
    private final Repositories.Interactions interactions;
    private final Repositories.Offers offerRows;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    PersonalDataRights(
            Clients clients,
            Tiers tiers,
            Purchases purchases,
            Profile profile,
            Dialogue dialogue,
            Offers offers,
            Consumption consumption,
            Repositories.Facts facts,
            Repositories.Needs needs,
            Repositories.Interactions interactions,
            Repositories.Offers offerRows,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.clients = clients;
        this.tiers = tiers;
        this.purchases = purchases;
        this.profile = profile;
        this.dialogue = dialogue;
        this.offers = offers;
        this.consumption = consumption;
        this.facts = facts;
        this.needs = needs;
        this.interactions = interactions;
        this.offerRows = offerRows;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public PersonalData export(String clientId) {
        ClientView client = clients.find(clientId);
        PersonalData data = new PersonalData(
                Instant.now(clock),
                actor.name(),
                client,
                tiers.ofClient(clientId),
                purchases.allOfClient(clientId),
                profile.facts(clientId),
                profile.needs(clientId),
                dialogue.of(clientId, null, null, null),
                offers.of(clientId),
                consumption.ofClient(clientId));
        audit.record(
                "EXPORT",
                "client",
                clientId,
                null,
                Map.of(
                        "purchases",
                        data.purchases().size(),
                        "facts",
                        data.facts().size(),
                        "interactions",
                        data.interactions().size()));
        return data;
    }

    @Transactional
    public ClientView erase(String clientId) {
        ClientView erased = clients.anonymise(clientId);
        List<String> touched = new ArrayList<>(List.of(clientId));
        for (Rows.Fact f : facts.findByClientId(clientId)) {
            facts.delete(f);
            touched.add(f.id());
        }
        for (Rows.Need n : needs.findByClientIdOrderByRecordedAtDesc(clientId)) {
            needs.update(new Rows.Need(
                    n.id(), clientId, n.origin(), ERASED, n.status(), n.recordedBy(), n.recordedAt(), n.updatedAt()));
            touched.add(n.id());
        }
        for (Rows.Interaction i : interactions.newestFirst(clientId)) {
            interactions.update(new Rows.Interaction(
                    i.id(), clientId, i.direction(), i.channel(), i.at(), ERASED, ERASED, null, i.recordedBy()));
            touched.add(i.id());
        }
        for (Rows.Offer o : offerRows.findByClientIdOrderByProposedAtDesc(clientId)) {
            offerRows.update(new Rows.Offer(
                    o.id(),
                    clientId,
                    o.kind(),
                    o.what(),
                    ERASED,
                    o.validUntil(),
                    o.status(),
                    null,
                    o.proposedBy(),
                    o.proposedAt(),
                    o.decidedAt()));
            touched.add(o.id());
        }
        audit.scrub(touched);
        audit.record("ERASE", "client", clientId, null, Map.of("records", touched.size()));
        return erased;
    }

    /** The export as a person reads it: plain text, one section per kind of record. */
    static String text(PersonalData d) {
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
