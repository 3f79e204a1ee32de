/** Customer tiers in the UI: value by tier, the most valuable clients, classification, and the tier settings. */
package app.rapport.ui.tier;
