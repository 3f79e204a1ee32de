package app.rapport.ui.platform.api;

import io.micronaut.core.propagation.PropagatedContextElement;

/** The access token a call to the API is made with, carried in Micronaut's propagated context. */
record BearerToken(String value) implements PropagatedContextElement {}
