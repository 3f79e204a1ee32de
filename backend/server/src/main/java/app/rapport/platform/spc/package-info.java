/**
 * Statistical process control over any series Rapport measures: XmR charts for one value a period (durations), p-charts
 * for rates with varying sample sizes, u-charts for counts per varying exposure; limits from a baseline and frozen; the
 * 3σ test by default, the Western Electric or Nelson rules when asked. Pure arithmetic, no I/O.
 */
package app.rapport.platform.spc;
