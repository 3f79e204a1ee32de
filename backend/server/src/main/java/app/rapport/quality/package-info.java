/**
 * Measuring service quality (issue 16): control charts of the weekly series Rapport records, on baselines frozen until
 * someone sets another ({@link app.rapport.platform.spc} computes them).
 */
package app.rapport.quality;
