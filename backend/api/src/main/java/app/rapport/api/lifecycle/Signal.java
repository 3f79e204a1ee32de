package app.rapport.api.lifecycle;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** One signal with its figures (see {@link SignalKind}); a UI words it from the kind and the figures. */
@Serdeable
public record Signal(SignalKind kind, Tendency tendency, BigDecimal value, BigDecimal reference) {}
