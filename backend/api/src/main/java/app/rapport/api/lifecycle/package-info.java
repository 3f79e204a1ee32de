/**
 * The HTTP contract of the relationship lifecycle: stages and their history, suggestions from signals, strategies
 * (stage playbooks), client owners, the account manager's portfolio and the client timeline.
 */
package app.rapport.api.lifecycle;
