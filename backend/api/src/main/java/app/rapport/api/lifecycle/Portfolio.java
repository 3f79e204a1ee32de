package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An owner's clients (owner null: the whole tenant) by stage × tier with counts and value, and the stage movement
 * since {@code movementSince} (the last 90 days).
 */
@Serdeable
public record Portfolio(
        @Nullable String owner,
        int clients,
        BigDecimal revenue,
        List<PortfolioCell> cells,
        LocalDate movementSince,
        List<StageMove> moves) {}
