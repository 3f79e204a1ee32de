package app.rapport.tier;

import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.TenantRole;
import app.rapport.api.tier.TierDefinition;
import app.rapport.api.tier.TierSettingsView;
import app.rapport.platform.Texts;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the tenant's tier settings and definitions, most valuable tier first. */
@Singleton
class TierCatalog {
    static final int SETTINGS_ID = 1;

    private final TierRepository tiers;
    private final TierSettingsRepository settings;

    TierCatalog(TierRepository tiers, TierSettingsRepository settings) {
        this.tiers = tiers;
        this.settings = settings;
    }

    TierSettingsRow settingsRow() {
        return settings.findById(SETTINGS_ID).orElseThrow();
    }

    /**
     * The settings row locked until the transaction ends: the tenant's tier writes (new settings, a classification
     * run, a pin) take this lock first, so they happen one after the other and each sees the one before.
     */
    TierSettingsRow lockedSettingsRow() {
        return settings.findByIdForUpdate(SETTINGS_ID).orElseThrow();
    }

    List<TierDefinition> definitions() {
        return tiers.findAllOrderByTierRank().stream()
                .map(TierCatalog::definition)
                .toList();
    }

    /** The definitions, refusing (409) to work without any. */
    List<TierDefinition> requireDefinitions() {
        List<TierDefinition> all = definitions();
        if (all.isEmpty()) {
            throw new ProblemException(ProblemCode.NO_TIERS, "define the tenant's tiers before classifying clients");
        }
        return all;
    }

    TierSettingsView view() {
        TierSettingsRow s = settingsRow();
        return new TierSettingsView(
                s.method(), s.measure(), s.replenishmentDays(), definitions(), s.lastRunAt(), s.version());
    }

    static TierDefinition definition(TierRow r) {
        return new TierDefinition(
                r.id(),
                r.tierRank(),
                r.nameEn(),
                r.nameZhCn(),
                r.nameZhTw(),
                r.colour(),
                r.minValue(),
                r.cumulativeShare(),
                r.minRfmScore(),
                r.careCadenceDays(),
                r.responseHours(),
                Arrays.stream(r.ownerRoles().split(","))
                        .map(TenantRole::valueOf)
                        .toList(),
                r.promise(),
                r.promiseZhCn(),
                r.promiseZhTw());
    }

    static TierRow row(String id, TierDefinition d) {
        return new TierRow(
                id,
                d.rank(),
                d.nameEn().strip(),
                d.nameZhCn().strip(),
                d.nameZhTw().strip(),
                d.colour().toLowerCase(Locale.ROOT),
                d.minValue(),
                d.cumulativeShare(),
                d.minRfmScore(),
                d.careCadenceDays(),
                d.responseHours(),
                String.join(
                        ",",
                        d.ownerRoles().stream().distinct().map(TenantRole::name).toList()),
                Texts.blankToNull(d.promise()),
                Texts.blankToNull(d.promiseZhCn()),
                Texts.blankToNull(d.promiseZhTw()));
    }
}
