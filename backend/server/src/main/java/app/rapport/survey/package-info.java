/**
 * Surveys: the instruments a tenant asks (versioned), invitations with single-use links stored as hashes, the public
 * form that takes one answer per invitation, and the closed loop — a low answer opens a follow-up for the owner.
 */
package app.rapport.survey;
