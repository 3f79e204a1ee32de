/** Measuring service quality: control charts over the series Rapport records (issue 16). */
package app.rapport.api.quality;
