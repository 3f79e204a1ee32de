/** Command-line tools that call Rapport through the typed clients of its API: the demo loader of infra/dev. */
package app.rapport.tools;
