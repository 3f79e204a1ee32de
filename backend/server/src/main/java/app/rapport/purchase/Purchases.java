package app.rapport.purchase;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.client.Clients;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.security.Actor;
import app.rapport.platform.web.ProblemException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Recording and reading a client's purchases. */
@Singleton
public class Purchases {
    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    Purchases(
            PurchaseRepository purchases,
            ProductRepository products,
            Clients clients,
            AuditLog audit,
            Actor actor,
            Clock clock) {
        this.purchases = purchases;
        this.products = products;
        this.clients = clients;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public PageView<PurchaseView> ofClient(String clientId, int page, int size) {
        clients.requireExists(clientId);
        Page<PurchaseRow> rows = purchases.findByClientId(
                clientId,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("purchasedOn"), Sort.Order.desc("createdAt"))));
        Map<String, ProductRow> catalog = catalog();
        return new PageView<>(
                rows.getContent().stream().map(r -> view(r, catalog)).toList(), page, size, rows.getTotalSize());
    }

    /** Every purchase of a client, oldest first (for forecasts and exports). */
    @Transactional
    public List<PurchaseView> allOfClient(String clientId) {
        Map<String, ProductRow> catalog = catalog();
        return purchases.findByClientIdOrderByPurchasedOnAsc(clientId).stream()
                .map(r -> view(r, catalog))
                .toList();
    }

    @Transactional
    public PurchaseView record(String clientId, PurchaseWrite command) {
        clients.requireExists(clientId);
        ProductRow product = products.findById(command.productId())
                .orElseThrow(() -> ProblemException.badField("productId", FieldCode.NOT_A_PRODUCT));
        if (command.purchasedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.badField("purchasedOn", FieldCode.IN_FUTURE);
        }
        String unit = Objects.requireNonNullElse(Texts.blankToNull(command.unit()), product.unit());
        PurchaseRow row = purchases.save(new PurchaseRow(
                UUID.randomUUID().toString(),
                clientId,
                product.id(),
                command.purchasedOn(),
                command.quantity(),
                unit,
                command.amount(),
                command.margin(),
                Texts.blankToNull(command.channel()),
                null,
                Instant.now(clock),
                actor.name()));
        PurchaseView view = view(row, Map.of(product.id(), product));
        audit.record("CREATE", "purchase", row.id(), null, view);
        return view;
    }

    @Transactional
    public void remove(String clientId, String id) {
        clients.requireExists(clientId);
        PurchaseRow row = purchases
                .findByIdAndClientId(id, clientId)
                .orElseThrow(() -> ProblemException.notFound("purchase " + id));
        purchases.delete(row);
        audit.record("DELETE", "purchase", id, view(row, catalog()), null);
    }

    /** The catalog as views, by id. */
    @Transactional
    public Map<String, ProductView> products() {
        return catalog().values().stream().map(Products::view).collect(Collectors.toMap(ProductView::id, p -> p));
    }

    private Map<String, ProductRow> catalog() {
        return products.findAll().stream().collect(Collectors.toMap(ProductRow::id, Function.identity()));
    }

    static PurchaseView view(PurchaseRow r, Map<String, ProductRow> catalog) {
        ProductRow product = catalog.get(r.productId());
        return new PurchaseView(
                r.id(),
                r.clientId(),
                r.productId(),
                product == null ? r.productId() : product.name(),
                r.purchasedOn(),
                r.quantity(),
                r.unit(),
                r.amount(),
                r.margin(),
                r.channel(),
                r.importKey() != null,
                r.createdAt(),
                r.createdBy());
    }
}
