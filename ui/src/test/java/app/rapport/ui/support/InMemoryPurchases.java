package app.rapport.ui.support;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.LineError;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemView;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.ProductWrite;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.api.purchase.PurchaseWrite;
import app.rapport.api.purchase.PurchasesApi;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Products, purchases and imports in memory. The import understands "date,client,product,quantity,amount,margin"
 * files: a line whose quantity is not a positive number is a problem with its line number, and a file with any
 * problem imports nothing (the server's full rules are tested there).
 */
@Singleton
@Requires(env = ViewTest.VIEWS)
@Replaces(PurchasesApi.class)
public class InMemoryPurchases implements PurchasesApi {
    @Override
    public synchronized PurchaseView purchase(String clientId, String id) {
        return list(clientId, 0, 1000).items().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    public final List<PurchaseView> purchases = new ArrayList<>();

    @Override
    public synchronized PageView<PurchaseView> list(String clientId, Integer page, Integer size) {
        List<PurchaseView> mine =
                purchases.stream().filter(p -> p.clientId().equals(clientId)).toList();
        int from = Math.min(mine.size(), page * size);
        return new PageView<>(mine.subList(from, Math.min(mine.size(), from + size)), page, size, mine.size());
    }

    @Override
    public synchronized HttpResponse<PurchaseView> record(String clientId, PurchaseWrite w) {
        if (w.productId() == null || w.productId().isBlank()) {
            return FakeProblems.badField("productId", FieldCode.NOT_BLANK);
        }
        PurchaseView p = new PurchaseView(
                UUID.randomUUID().toString(),
                clientId,
                w.productId(),
                "Rice",
                w.purchasedOn(),
                w.quantity(),
                "kg",
                w.amount(),
                w.margin(),
                w.channel(),
                false,
                Instant.now(),
                "someone");
        purchases.add(0, p);
        return HttpResponse.created(p);
    }

    @Override
    public synchronized HttpResponse<Void> delete(String clientId, String id) {
        purchases.removeIf(p -> p.id().equals(id));
        return HttpResponse.noContent();
    }

    @Override
    public synchronized HttpResponse<ImportPreview> preview(PurchaseImport file) {
        List<String> lines = file.csv().lines().filter(l -> !l.isBlank()).toList();
        List<String> headers = List.of(lines.get(0).split(","));
        if (!headers.contains("product")) {
            return FakeProblems.badField("mapping.PRODUCT", FieldCode.UNMAPPED);
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            BigDecimal q = null;
            try {
                q = new BigDecimal(f[3]);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (q == null || q.signum() <= 0) {
                errors.add(LineError.of(i + 1, "quantity", FieldCode.MORE_THAN, "min", 0));
            }
            rows.add(new ImportPreview.Row(
                    i + 1,
                    LocalDate.parse(f[0]),
                    f[1],
                    "id-" + f[1],
                    f[2],
                    q,
                    "kg",
                    new BigDecimal(f[4]),
                    new BigDecimal(f[5]),
                    null,
                    false));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String h : headers) {
            mapping.put(h.toUpperCase(), h);
        }
        return HttpResponse.ok(new ImportPreview(headers, mapping, rows, errors, rows.size(), 0));
    }

    @Override
    public synchronized HttpResponse<ImportResult> commit(PurchaseImport file) {
        ImportPreview p = preview(file).body();
        if (!p.errors().isEmpty()) {
            return FakeProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "import-has-errors", List.of());
        }
        return HttpResponse.ok(new ImportResult(p.rows().size(), 0, 0, p.rows().size()));
    }

    /** The product catalog as the views see it. */
    @Singleton
    @Requires(env = ViewTest.VIEWS)
    @Replaces(ProductsApi.class)
    public static class Products implements ProductsApi {
        @Override
        public synchronized ProductView product(String id) {
            return products.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        }

        public final List<ProductView> products = new ArrayList<>();

        @Override
        public synchronized app.rapport.api.common.PageView<ProductView> list(String q, Integer page, Integer size) {
            String needle = q == null ? "" : q.toLowerCase(java.util.Locale.ROOT);
            return FakePages.of(
                    products.stream()
                            .filter(p ->
                                    p.name().toLowerCase(java.util.Locale.ROOT).contains(needle))
                            .toList(),
                    page,
                    size);
        }

        @Override
        public synchronized HttpResponse<ProductView> create(ProductWrite w) {
            if (products.stream().anyMatch(p -> p.name().equals(w.name()))) {
                return FakeProblems.problem(
                        HttpStatus.CONFLICT,
                        "duplicate-name",
                        List.of(ProblemView.FieldProblem.of("name", FieldCode.TAKEN)));
            }
            ProductView p = new ProductView(UUID.randomUUID().toString(), w.name(), w.unit(), w.typicalDailyUsage(), 0);
            products.add(p);
            return HttpResponse.created(p);
        }

        @Override
        public synchronized HttpResponse<ProductView> update(String id, ProductWrite w) {
            products.replaceAll(p -> p.id().equals(id)
                    ? new ProductView(id, w.name(), w.unit(), w.typicalDailyUsage(), p.version() + 1)
                    : p);
            return HttpResponse.ok(
                    products.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow());
        }

        @Override
        public synchronized HttpResponse<Void> delete(String id) {
            products.removeIf(p -> p.id().equals(id));
            return HttpResponse.noContent();
        }
    }
}
