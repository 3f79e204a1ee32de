package app.rapport.api.onetoone;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A tailored offer: its kind (for acceptance statistics), what is offered, why this client, valid until when. */
@Serdeable
public record OfferWrite(
        @NotBlank @Size(max = 60) String kind,
        @NotBlank @Size(max = 300) String what,
        @NotBlank @Size(max = 500) String why,
        @NotNull @FutureOrPresent LocalDate validUntil) {}
