/** Asking clients how it was: survey instruments, invitations, the public form and the answers (issue 16). */
package app.rapport.api.survey;
