package app.rapport.lifecycle;

import app.rapport.api.lifecycle.Portfolio;
import app.rapport.api.lifecycle.PortfolioCell;
import app.rapport.api.lifecycle.Stage;
import app.rapport.api.lifecycle.StageMove;
import app.rapport.care.ClientOwners;
import app.rapport.platform.Texts;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An account manager's portfolio (or the whole tenant's): clients by stage × tier with counts and
 * trailing-12-month revenue, and how clients moved between stages in the last {@value #MOVEMENT_DAYS} days.
 */
@Singleton
public class Portfolios {
    static final int MOVEMENT_DAYS = 90;

    private final RelationshipRepository relationships;
    private final StageChangeRepository changes;
    private final FigureRepository figures;
    private final ClientOwners owners;
    private final Clock clock;

    Portfolios(
            RelationshipRepository relationships,
            StageChangeRepository changes,
            FigureRepository figures,
            ClientOwners owners,
            Clock clock) {
        this.relationships = relationships;
        this.changes = changes;
        this.figures = figures;
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional
    public Portfolio of(@Nullable String owner) {
        String who = Texts.blankToNull(owner);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> ownerOf = owners.all();
        Map<String, String> tierOf = new HashMap<>();
        figures.tiers().forEach(t -> tierOf.put(t.clientId(), t.tierId()));
        Map<String, BigDecimal> revenue = new HashMap<>();
        figures.revenueSince(today.minusYears(1)).forEach(r -> revenue.put(r.clientId(), r.revenue()));
        record Key(Stage stage, String tierId) {}
        Map<Key, BigDecimal[]> cells = new HashMap<>();
        Map<String, Boolean> inPortfolio = new HashMap<>();
        int clients = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (RelationshipRow r : relationships.findAll()) {
            if (who != null && !who.equals(ownerOf.get(r.clientId()))) {
                continue;
            }
            inPortfolio.put(r.clientId(), true);
            BigDecimal value = revenue.getOrDefault(r.clientId(), BigDecimal.ZERO);
            BigDecimal[] cell = cells.computeIfAbsent(new Key(r.stage(), tierOf.get(r.clientId())), k ->
                    new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            cell[0] = cell[0].add(BigDecimal.ONE);
            cell[1] = cell[1].add(value);
            clients++;
            total = total.add(value);
        }
        List<PortfolioCell> out = new ArrayList<>();
        cells.forEach((k, v) -> out.add(new PortfolioCell(k.stage(), k.tierId(), v[0].intValue(), v[1])));
        out.sort(Comparator.comparing(PortfolioCell::stage)
                .thenComparing(c -> Objects.requireNonNullElse(c.tierId(), "~")));
        LocalDate since = today.minusDays(MOVEMENT_DAYS);
        Map<String, Integer> moves = new TreeMap<>();
        for (StageChangeRow c :
                changes.movesSince(since.atStartOfDay(clock.getZone()).toInstant())) {
            if (inPortfolio.containsKey(c.clientId())) {
                moves.merge(c.fromStage() + ">" + c.toStage(), 1, Integer::sum);
            }
        }
        List<StageMove> moveList = new ArrayList<>();
        moves.forEach((k, n) -> {
            String[] parts = k.split(">");
            moveList.add(new StageMove(Stage.valueOf(parts[0]), Stage.valueOf(parts[1]), n));
        });
        moveList.sort(Comparator.comparing(StageMove::from).thenComparing(StageMove::to));
        return new Portfolio(who, clients, total, out, since, moveList);
    }
}
