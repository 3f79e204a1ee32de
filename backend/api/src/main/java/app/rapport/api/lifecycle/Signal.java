package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** One signal with its figures (see {@link SignalKind}) and an English sentence saying the same. */
@Serdeable
public record Signal(SignalKind kind, Tendency tendency, BigDecimal value, BigDecimal reference, String text) {}
