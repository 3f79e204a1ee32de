package app.rapport.tier;

import app.rapport.api.common.ReasonCode;

/**
 * Why a tier changed, as a {@link ReasonCode}: the rows keep the code (older versions kept an English sentence, which
 * the method and the sentence's form still tell apart); only a pin's reason is what a person wrote.
 */
final class TierChanges {
    private TierChanges() {}

    static ReasonCode reasonCode(TierChangeRow c) {
        if ("PIN".equals(c.method())) {
            return ReasonCode.PINNED;
        }
        String r = c.reason() == null ? "" : c.reason();
        for (ReasonCode code : ReasonCode.values()) {
            if (code.name().equals(r)) {
                return code;
            }
        }
        return switch (c.method()) {
            case "PIN" -> ReasonCode.PINNED;
            case "UNPIN" -> ReasonCode.UNPINNED;
            case "SETTINGS" -> ReasonCode.TIER_REMOVED;
            case "PARETO" -> r.contains("no positive") ? ReasonCode.NO_POSITIVE_VALUE : ReasonCode.WITHIN_SHARE;
            case "RFM" -> r.contains("no purchase") ? ReasonCode.NO_PURCHASE : ReasonCode.RFM_SCORE;
            default -> r.contains("below every") ? ReasonCode.BELOW_EVERY_THRESHOLD : ReasonCode.THRESHOLD_MET;
        };
    }

    /** The reason a person gave: a pin's, never the server's. */
    static String peopleText(TierChangeRow c) {
        return "PIN".equals(c.method()) ? c.reason() : null;
    }
}
