/** Clients (organisations and persons) and their contacts: the records every other feature hangs off. */
package app.rapport.client;
