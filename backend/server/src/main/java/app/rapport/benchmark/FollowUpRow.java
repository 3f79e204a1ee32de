package app.rapport.benchmark;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** When a client asked (the touchpoint that promised a follow-up) and when the follow-up was done. */
@Introspected
record FollowUpRow(Instant askedAt, Instant answeredAt) {}
