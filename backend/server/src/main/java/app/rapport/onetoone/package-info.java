/**
 * One-to-one records (DOMAIN.md §2): identify (profile facts), differentiate (needs), interact (dialogue),
 * customise (offers), consumption patterns with run-out forecasts and the replenishment list, and the client's
 * personal-data rights (export, erasure).
 */
package app.rapport.onetoone;
