package app.rapport.care;

import java.time.Instant;

/**
 * Published inside the logging transaction when a touchpoint is logged at a blueprint step (a survey after a moment
 * of truth); touchpoints without a step publish nothing.
 */
public record TouchpointLogged(String touchpointId, String clientId, String stepId, Instant at) {}
