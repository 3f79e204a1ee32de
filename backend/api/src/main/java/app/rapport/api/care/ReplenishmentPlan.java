package app.rapport.api.care;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The replenishment actions planned from the replenishment list; a client and product already planned is skipped. */
@Serdeable
public record ReplenishmentPlan(int created, int alreadyPlanned, List<CareActionView> actions) {}
