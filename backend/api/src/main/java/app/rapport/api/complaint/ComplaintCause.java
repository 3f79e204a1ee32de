package app.rapport.api.complaint;

/**
 * The nine causes of complaints the seed material names: product quality, after-sales repair quality, network
 * faults, service staff mistakes, shop staff quality, disagreement with business policy, expectations above the firm's
 * own standards, a different yardstick, unreasonable demands.
 */
public enum ComplaintCause {
    PRODUCT_QUALITY,
    REPAIR_QUALITY,
    NETWORK_FAULT,
    STAFF_MISTAKE,
    SHOP_STAFF_QUALITY,
    POLICY_DISAGREEMENT,
    EXPECTATIONS_ABOVE_STANDARD,
    DIFFERENT_YARDSTICK,
    UNREASONABLE_DEMAND
}
