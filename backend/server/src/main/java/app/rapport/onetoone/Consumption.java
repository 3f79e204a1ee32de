package app.rapport.onetoone;

import app.rapport.api.common.FieldCode;
import app.rapport.api.onetoone.ConsumptionView;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.api.purchase.ProductView;
import app.rapport.client.ClientRef;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import app.rapport.purchase.Purchases;
import app.rapport.tier.Tiers;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Consumption patterns: each client's rate of use per product and the predicted run-out day, and the list of
 * clients due to run out within the tenant's replenishment horizon (or out for at most {@value #OUT_FOR_DAYS} days).
 */
@Singleton
public class Consumption {
    static final int OUT_FOR_DAYS = 30;

    private final UsageRepository usage;
    private final RateRepository rates;
    private final Purchases purchases;
    private final Clients clients;
    private final Tiers tiers;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Consumption(
            UsageRepository usage,
            RateRepository rates,
            Purchases purchases,
            Clients clients,
            Tiers tiers,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.usage = usage;
        this.rates = rates;
        this.purchases = purchases;
        this.clients = clients;
        this.tiers = tiers;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<ConsumptionView> ofClient(String clientId) {
        clients.requireExists(clientId);
        Map<String, ProductView> catalog = purchases.products();
        Map<String, List<BoughtRow>> byProduct = usage.ofClient(clientId).stream()
                .collect(Collectors.groupingBy(BoughtRow::productId, LinkedHashMap::new, Collectors.toList()));
        Map<String, BigDecimal> manual = rates.findByKeyClientId(clientId).stream()
                .collect(Collectors.toMap(r -> r.key().productId(), RateRow::dailyRate));
        manual.keySet().forEach(p -> byProduct.putIfAbsent(p, List.of()));
        LocalDate today = LocalDate.now(clock);
        List<ConsumptionView> views = new ArrayList<>();
        byProduct.forEach((productId, bought) -> {
            ProductView product = catalog.get(productId);
            RunOutForecast.Forecast f =
                    RunOutForecast.of(bought, manual.get(productId), product.typicalDailyUsage(), today);
            views.add(view(product, f));
        });
        views.sort(Comparator.comparing(ConsumptionView::runOutOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ConsumptionView::productName));
        return views;
    }

    @Transactional
    public ConsumptionView setRate(String clientId, String productId, BigDecimal dailyRate) {
        clients.requireExists(clientId);
        requireProduct(productId);
        RateKey key = new RateKey(clientId, productId);
        RateRow before = rates.findById(key).orElse(null);
        RateRow after = new RateRow(key, dailyRate, actor.name(), Instant.now(clock));
        if (before == null) {
            rates.save(after);
        } else {
            rates.update(after);
        }
        audit.record("SET_RATE", "consumption-rate", clientId, before, after);
        return of(clientId, productId);
    }

    @Transactional
    public ConsumptionView clearRate(String clientId, String productId) {
        clients.requireExists(clientId);
        requireProduct(productId);
        RateRow before = rates.findById(new RateKey(clientId, productId))
                .orElseThrow(() -> ProblemException.notFound("a rate entered by hand for product " + productId));
        rates.delete(before);
        audit.record("CLEAR_RATE", "consumption-rate", clientId, before, null);
        return of(clientId, productId);
    }

    private ConsumptionView of(String clientId, String productId) {
        return ofClient(clientId).stream()
                .filter(v -> v.productId().equals(productId))
                .findFirst()
                .orElseGet(() -> {
                    ProductView p = purchases.products().get(productId);
                    return view(p, RunOutForecast.of(List.of(), null, p.typicalDailyUsage(), LocalDate.now(clock)));
                });
    }

    private void requireProduct(String productId) {
        if (!purchases.products().containsKey(productId)) {
            throw ProblemException.notFound("product " + productId);
        }
    }

    /** Clients who run out of a product within {@code withinDays} (the tenant's horizon when null), soonest first. */
    @Transactional
    public List<ReplenishmentItem> replenishment(Integer withinDays) {
        if (withinDays != null && (withinDays < 0 || withinDays > 90)) {
            throw ProblemException.badField("withinDays", FieldCode.RANGE, "min", 0, "max", 90);
        }
        int horizon = withinDays == null ? tiers.settings().replenishmentDays() : withinDays;
        LocalDate today = LocalDate.now(clock);
        Map<String, ProductView> catalog = purchases.products();
        Map<String, String> names =
                clients.directory().stream().collect(Collectors.toMap(ClientRef::id, ClientRef::name));
        Map<RateKey, BigDecimal> manual = new HashMap<>();
        rates.findAll().forEach(r -> manual.put(r.key(), r.dailyRate()));
        Map<RateKey, List<BoughtRow>> groups = usage.since(today.minusYears(2)).stream()
                .collect(Collectors.groupingBy(
                        b -> new RateKey(b.clientId(), b.productId()), LinkedHashMap::new, Collectors.toList()));
        List<ReplenishmentItem> due = new ArrayList<>();
        groups.forEach((key, bought) -> {
            ProductView product = catalog.get(key.productId());
            RunOutForecast.Forecast f = RunOutForecast.of(bought, manual.get(key), product.typicalDailyUsage(), today);
            if (f.daysLeft() != null && f.daysLeft() <= horizon && f.daysLeft() >= -OUT_FOR_DAYS) {
                due.add(new ReplenishmentItem(
                        key.clientId(),
                        names.getOrDefault(key.clientId(), key.clientId()),
                        product.id(),
                        product.name(),
                        product.unit(),
                        f.runOutOn(),
                        f.daysLeft(),
                        f.dailyRate(),
                        f.method(),
                        f.lastPurchaseOn()));
            }
        });
        due.sort(Comparator.comparing(ReplenishmentItem::runOutOn).thenComparing(ReplenishmentItem::clientName));
        return due;
    }

    private static ConsumptionView view(ProductView product, RunOutForecast.Forecast f) {
        return new ConsumptionView(
                product.id(),
                product.name(),
                product.unit(),
                f.method(),
                f.dailyRate(),
                f.lastPurchaseOn(),
                f.lastQuantity(),
                f.runOutOn(),
                f.daysLeft(),
                f.intervals());
    }
}
