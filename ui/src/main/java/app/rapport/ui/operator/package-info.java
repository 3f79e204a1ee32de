/** The platform operator's screens: the tenant catalog. */
package app.rapport.ui.operator;
