package app.rapport.tier;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client's tier, its figures and its history. Erasure keeps the tier (aggregates) and blanks what a person wrote
 * when pinning it.
 */
@Singleton
final class TierPersonalData implements PersonalDataPart {
    private final Tiers tiers;
    private final ClientTierRepository clientTiers;
    private final TierChangeRepository changes;

    TierPersonalData(Tiers tiers, ClientTierRepository clientTiers, TierChangeRepository changes) {
        this.tiers = tiers;
        this.clientTiers = clientTiers;
        this.changes = changes;
    }

    @Override
    public Set<String> tables() {
        return Set.of("client_tier", "tier_change");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.tier(tiers.ofClient(clientId));
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>();
        changes.newestFirst(clientId).stream()
                .filter(c -> "PIN".equals(c.method()))
                .forEach(c -> touched.add(c.id()));
        clientTiers.erasePinReason(clientId, ERASED);
        changes.erasePinReasons(clientId, ERASED);
        return touched;
    }
}
