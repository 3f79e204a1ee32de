package app.rapport.onetoone;

import app.rapport.api.common.Channel;
import app.rapport.api.onetoone.Direction;
import app.rapport.api.onetoone.FactCategory;
import app.rapport.api.onetoone.FactType;
import app.rapport.api.onetoone.NeedOrigin;
import app.rapport.api.onetoone.NeedStatus;
import app.rapport.api.onetoone.OfferStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of the one-to-one tables. */
final class Rows {
    private Rows() {}

    @MappedEntity("profile_fact")
    @Serdeable
    record Fact(
            @Id String id,
            String clientId,
            FactCategory category,
            String label,
            FactType valueType,
            @MappedProperty("fact_value") String value,
            String recordedBy,
            Instant recordedAt) {}

    @MappedEntity("client_need")
    @Serdeable
    record Need(
            @Id String id,
            String clientId,
            NeedOrigin origin,
            String description,
            NeedStatus status,
            String recordedBy,
            Instant recordedAt,
            Instant updatedAt) {}

    @MappedEntity("interaction")
    @Serdeable
    record Interaction(
            @Id String id,
            String clientId,
            Direction direction,
            Channel channel,
            Instant at,
            String who,
            String summary,
            @Nullable String response,
            String recordedBy) {}

    @MappedEntity("offer")
    @Serdeable
    record Offer(
            @Id String id,
            String clientId,
            String kind,
            String what,
            String why,
            LocalDate validUntil,
            OfferStatus status,
            @Nullable String response,
            String proposedBy,
            Instant proposedAt,
            @Nullable Instant decidedAt) {}

    @Embeddable
    @Serdeable
    record RateKey(
            @MappedProperty("client_id") String clientId,
            @MappedProperty("product_id") String productId) {}

    @MappedEntity("consumption_rate")
    @Serdeable
    record Rate(@EmbeddedId RateKey key, BigDecimal dailyRate, String setBy, Instant setAt) {}
}
