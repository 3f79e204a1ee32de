package app.rapport.care;

import app.rapport.api.care.CareKind;
import java.time.Instant;

/** Published inside the completing transaction when a care action is done (a survey after a care action). */
public record CareActionDone(String actionId, String clientId, CareKind kind, Instant at) {}
