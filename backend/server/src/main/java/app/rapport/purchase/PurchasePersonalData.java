package app.rapport.purchase;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Purchases: exported in full; kept on erasure, because they name products, dates and amounts, not the person (the
 * client row they point to is anonymised), and revenue, tiers and forecasts must keep adding up.
 */
@Singleton
final class PurchasePersonalData implements PersonalDataPart {
    private final Purchases purchases;

    PurchasePersonalData(Purchases purchases) {
        this.purchases = purchases;
    }

    @Override
    public Set<String> tables() {
        return Set.of("purchase");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.purchases(purchases.allOfClient(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        return List.of();
    }
}
