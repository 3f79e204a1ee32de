package app.rapport.api.onetoone;

import app.rapport.api.client.ClientView;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.tier.ClientTierView;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Everything Rapport holds about one client, for the client's right of access. */
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
        List<ConsumptionView> consumption) {}
