package app.rapport.complaint;

import app.rapport.api.sla.SlaMilestone;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One event of one milestone's clock of a complaint. */
@MappedEntity("complaint_clock")
@Serdeable
record ClockEventRow(@Id String id, String complaintId, SlaMilestone milestone, ClockKind kind, Instant at) {}
