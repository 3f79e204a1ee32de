/**
 * Customer tiers: the tenant's ordered tiers and classification method (thresholds, cumulative share, RFM), the
 * classification run (on demand and nightly) with its history, hand-set pins, and the views of value by tier.
 */
package app.rapport.tier;
