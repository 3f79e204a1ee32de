/**
 * The HTTP contract of one-to-one records: identify (profile facts), differentiate (needs), interact (dialogue),
 * customise (offers), consumption patterns and replenishment, and the client's personal-data rights.
 */
package app.rapport.api.onetoone;
