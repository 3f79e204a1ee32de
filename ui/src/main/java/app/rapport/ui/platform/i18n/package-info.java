/** The UI's languages: message bundles (English, Simplified and Traditional Chinese) and the remembered choice. */
package app.rapport.ui.platform.i18n;
