/** How the UI reaches data: only through Rapport's public API, with the signed-in user's bearer token. */
package app.rapport.ui.platform.api;
