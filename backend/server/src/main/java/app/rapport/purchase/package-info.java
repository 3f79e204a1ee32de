/**
 * Value data: the tenant's product catalog and its clients' purchases, entered one by one or imported from CSV
 * (all-or-nothing, idempotent on re-import). Tiers and consumption forecasts are computed from these figures.
 */
package app.rapport.purchase;
