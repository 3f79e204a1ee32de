package app.rapport.onetoone;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one-to-one record: profile facts, needs, the dialogue, offers and consumption. Erasure removes the facts and
 * blanks the free texts of needs, interactions and offers; rates stay (figures about products, not the person).
 */
@Singleton
final class OneToOnePersonalData implements PersonalDataPart {
    private final Profile profile;
    private final Dialogue dialogue;
    private final Offers offers;
    private final Consumption consumption;
    private final FactRepository facts;
    private final NeedRepository needs;
    private final InteractionRepository interactions;
    private final OfferRepository offerRows;

    OneToOnePersonalData(
            Profile profile,
            Dialogue dialogue,
            Offers offers,
            Consumption consumption,
            FactRepository facts,
            NeedRepository needs,
            InteractionRepository interactions,
            OfferRepository offerRows) {
        this.profile = profile;
        this.dialogue = dialogue;
        this.offers = offers;
        this.consumption = consumption;
        this.facts = facts;
        this.needs = needs;
        this.interactions = interactions;
        this.offerRows = offerRows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("profile_fact", "client_need", "interaction", "offer", "consumption_rate");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.facts(profile.facts(clientId))
                .needs(profile.needs(clientId))
                .interactions(dialogue.of(clientId, null, null, null))
                .offers(offers.of(clientId))
                .consumption(consumption.ofClient(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>();
        for (FactRow f : facts.findByClientId(clientId)) {
            facts.delete(f);
            touched.add(f.id());
        }
        for (NeedRow n : needs.findByClientIdOrderByRecordedAtDesc(clientId)) {
            needs.update(n.id(), ERASED);
            touched.add(n.id());
        }
        for (InteractionRow i : interactions.newestFirst(clientId)) {
            interactions.update(i.id(), ERASED, ERASED, null);
            touched.add(i.id());
        }
        for (OfferRow o : offerRows.findByClientIdOrderByProposedAtDesc(clientId)) {
            offerRows.update(o.id(), ERASED, null);
            touched.add(o.id());
        }
        return touched;
    }
}
