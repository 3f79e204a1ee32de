/** Measuring service quality: control charts of the weekly series (issue 16). */
package app.rapport.ui.quality;
