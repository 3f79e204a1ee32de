/** Rapport's web UI. Features mirror the backend's packages; cross-cutting code lives in {@code platform}. */
package app.rapport.ui;
