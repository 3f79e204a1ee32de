/** What every feature that holds data about a client contributes to the client's export and erasure. */
package app.rapport.platform.privacy;
