package app.rapport.care;

import io.micronaut.core.annotation.Introspected;

/** A classified client's tier and the care cadence it entitles to. */
@Introspected
record CadenceRow(String clientId, String tierId, String tierName, int careCadenceDays) {}
