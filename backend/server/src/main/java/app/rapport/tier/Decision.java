package app.rapport.tier;

import app.rapport.api.common.ReasonCode;
import java.util.Map;

/** A policy's verdict for one client: the tier, a sentence saying why, and the figures behind it. */
record Decision(String tierId, ReasonCode reason, Map<String, String> figures) {}
