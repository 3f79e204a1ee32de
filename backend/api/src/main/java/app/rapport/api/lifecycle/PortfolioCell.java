package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Clients in one stage and tier (tierId null: not classified) and their trailing-12-month revenue. */
@Serdeable
public record PortfolioCell(Stage stage, @Nullable String tierId, int clients, BigDecimal revenue) {}
