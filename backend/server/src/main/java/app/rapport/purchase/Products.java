package app.rapport.purchase;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.web.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The tenant's product catalog. Names are unique; a product with purchases cannot be removed. */
@Singleton
public class Products {
    private final ProductRepository products;
    private final PurchaseRepository purchases;
    private final AuditLog audit;
    private final Clock clock;

    Products(ProductRepository products, PurchaseRepository purchases, AuditLog audit, Clock clock) {
        this.products = products;
        this.purchases = purchases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    /** The catalog by name, page by page; {@code q} in the name (a literal, not a pattern). */
    @io.micronaut.data.connection.annotation.Connectable
    public app.rapport.api.common.PageView<ProductView> page(
            @io.micronaut.core.annotation.Nullable String q, int page, int size) {
        io.micronaut.data.model.Pageable pageable = io.micronaut.data.model.Pageable.from(
                page, size, io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.asc("name")));
        String term = app.rapport.platform.Texts.blankToNull(q);
        io.micronaut.data.model.Page<ProductRow> rows = term == null
                ? products.findAll(pageable)
                : products.findByNameContains(app.rapport.platform.Texts.likeLiteral(term), pageable);
        return new app.rapport.api.common.PageView<>(
                rows.getContent().stream().map(Products::view).toList(), page, size, rows.getTotalSize());
    }

    /** The names of these products, by id (those that exist). */
    public java.util.Map<String, String> names(java.util.Collection<String> ids) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            products.findByIdIn(ids).forEach(p -> out.put(p.id(), p.name()));
        }
        return out;
    }

    /** Whether the product is in the catalog. */
    public boolean exists(String id) {
        return products.existsById(id);
    }

    public List<ProductView> all() {
        return products.findAllOrderByName().stream().map(Products::view).toList();
    }

    @Transactional
    public ProductView add(ProductWrite command) {
        requireUniqueName(command.name().strip(), null);
        ProductRow row = products.save(new ProductRow(
                UUID.randomUUID().toString(),
                command.name().strip(),
                command.unit().strip(),
                command.typicalDailyUsage(),
                0,
                Instant.now(clock)));
        audit.record("CREATE", "product", row.id(), null, view(row));
        return view(row);
    }

    @Transactional
    public ProductView change(String id, ProductWrite command) {
        ProductRow before = row(id);
        requireUniqueName(command.name().strip(), id);
        ProductRow after = products.update(new ProductRow(
                id,
                command.name().strip(),
                command.unit().strip(),
                command.typicalDailyUsage(),
                before.version(),
                before.createdAt()));
        audit.record("UPDATE", "product", id, view(before), view(after));
        return view(after);
    }

    @Transactional
    public void remove(String id) {
        ProductRow before = row(id);
        if (purchases.existsByProductId(id)) {
            throw new ProblemException(
                    ProblemCode.PRODUCT_IN_USE,
                    "product " + before.name()
                            + " has purchases; it stays in the catalog so that they keep their meaning",
                    Map.of("product", before.name()));
        }
        products.delete(before);
        audit.record("DELETE", "product", id, view(before), null);
    }

    ProductRow row(String id) {
        return products.findById(id).orElseThrow(() -> ProblemException.notFound("product " + id));
    }

    private void requireUniqueName(String name, String exceptId) {
        products.findByName(name).filter(p -> !p.id().equals(exceptId)).ifPresent(p -> {
            throw new ProblemException(
                    ProblemCode.DUPLICATE_NAME,
                    "a product named " + name + " exists already",
                    List.of(FieldProblem.of("name", FieldCode.TAKEN)));
        });
    }

    static ProductView view(ProductRow r) {
        return new ProductView(r.id(), r.name(), r.unit(), r.typicalDailyUsage(), r.version());
    }
}
