/** Surveys in the UI: the admin's instruments and settings, a client's invitations, and the public form. */
package app.rapport.ui.survey;
