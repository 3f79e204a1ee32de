package app.rapport.onetoone;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

@Embeddable
@Serdeable
record RateKey(
        @MappedProperty("client_id") String clientId,
        @MappedProperty("product_id") String productId) {}
