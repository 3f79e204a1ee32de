package app.rapport.client;

import java.time.Instant;

/**
 * Published inside the registering transaction when a client is registered, so that other features (the lifecycle)
 * can begin their part of the client's record in the same transaction.
 */
public record ClientRegistered(String clientId, Instant at, String actor) {}
