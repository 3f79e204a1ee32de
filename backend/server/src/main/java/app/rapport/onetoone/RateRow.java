package app.rapport.onetoone;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("consumption_rate")
@Serdeable
record RateRow(@EmbeddedId RateKey key, BigDecimal dailyRate, String setBy, Instant setAt) {}
