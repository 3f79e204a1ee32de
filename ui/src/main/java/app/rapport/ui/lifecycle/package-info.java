/**
 * The relationship lifecycle in the UI: the client's relationship, care and timeline tabs, the portfolio with its
 * suggestions inbox, and the strategies (stage playbooks).
 */
package app.rapport.ui.lifecycle;
