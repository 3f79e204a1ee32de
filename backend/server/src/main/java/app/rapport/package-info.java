/** Rapport's API server. Features live in their own packages; cross-cutting code in {@code platform}. */
package app.rapport;
