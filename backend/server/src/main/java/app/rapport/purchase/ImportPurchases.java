package app.rapport.purchase;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.LineError;
import app.rapport.api.purchase.ImportField;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.client.ClientRef;
import app.rapport.client.Clients;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.imports.CsvReader;
import app.rapport.platform.imports.ImportFile;
import app.rapport.platform.security.Actor;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports purchases from CSV. A preview shows how every line is understood and every problem with its line number;
 * the import itself runs only when there is no problem at all — or, when asked, imports the lines without problems and
 * leaves the others — in one transaction, so nothing is half-imported.
 * Each row gets a key from its content and its occurrence in the file: importing the same file again adds nothing.
 */
@Singleton
public class ImportPurchases {
    static final int MAX_ROWS = 50_000;

    private final PurchaseRepository purchases;
    private final ProductRepository products;
    private final Clients clients;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;

    ImportPurchases(
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
    public ImportPreview preview(PurchaseImport file) {
        return understand(file).preview();
    }

    @Transactional
    public ImportResult commit(PurchaseImport file) {
        // one import at a time, each seeing what the one before imported: the same rows twice at once go in once
        purchases.lockImports();
        Understood understood = understand(file);
        ImportPreview preview = understood.preview();
        if (!preview.errors().isEmpty() && !file.validOnly()) {
            throw ImportFile.refused(preview.errors());
        }
        Instant now = Instant.now(clock);
        String who = actor.name();
        List<PurchaseRow> rows = new ArrayList<>();
        for (Parsed p : understood.parsed()) {
            if (p.key() != null && !p.row().alreadyImported()) { // a line with problems has no key
                ImportPreview.Row r = p.row();
                rows.add(new PurchaseRow(
                        UUID.randomUUID().toString(),
                        r.clientId(),
                        p.productId(),
                        r.date(),
                        r.quantity(),
                        r.unit(),
                        r.amount(),
                        r.margin(),
                        r.channel(),
                        p.key(),
                        now,
                        who));
            }
        }
        purchases.saveAll(rows);
        int withProblems =
                (int) understood.parsed().stream().filter(p -> p.key() == null).count();
        ImportResult result = new ImportResult(
                rows.size(),
                preview.alreadyImported(),
                withProblems,
                preview.rows().size());
        audit.record("IMPORT", "purchase-import", UUID.randomUUID().toString(), null, result);
        return result;
    }

    private record Parsed(ImportPreview.Row row, String productId, String key) {}

    private record Understood(
            List<String> headers, Map<String, String> mapping, List<Parsed> parsed, List<LineError> errors) {
        ImportPreview preview() {
            int already =
                    (int) parsed.stream().filter(p -> p.row().alreadyImported()).count();
            return new ImportPreview(
                    headers,
                    mapping,
                    parsed.stream().map(Parsed::row).toList(),
                    errors,
                    parsed.size() - already,
                    already);
        }
    }

    private Understood understand(PurchaseImport file) {
        ImportFile<ImportField> csv = ImportFile.read(
                file.csv(), file.mapping(), List.of(ImportField.values()), FieldCode.NOT_A_PURCHASE_FIELD, MAX_ROWS);

        ImportRowReader reader = new ImportRowReader(
                csv.columns(),
                clientIndex(clients.directory()),
                productIndex(products.findAll()),
                LocalDate.now(clock));
        List<LineError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (CsvReader.Line line : csv.lines()) {
            ImportRowReader.Result r = reader.read(line);
            errors.addAll(r.errors());
            String key = null;
            if (r.errors().isEmpty()) {
                String content = r.identity();
                int n = occurrences.merge(content, 1, Integer::sum);
                key = ImportRowReader.digest(content + "#" + n);
            }
            parsed.add(new Parsed(r.row(), r.productId(), key));
        }
        Set<String> known =
                existing(parsed.stream().map(Parsed::key).filter(k -> k != null).toList());
        List<Parsed> marked = parsed.stream()
                .map(p -> p.key() != null && known.contains(p.key())
                        ? new Parsed(withAlreadyImported(p.row()), p.productId(), p.key())
                        : p)
                .toList();
        return new Understood(csv.headers(), csv.mapping(), marked, errors);
    }

    private Set<String> existing(List<String> keys) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < keys.size(); i += 1000) {
            known.addAll(purchases.existingImportKeys(keys.subList(i, Math.min(keys.size(), i + 1000))));
        }
        return known;
    }

    private static ImportPreview.Row withAlreadyImported(ImportPreview.Row r) {
        return new ImportPreview.Row(
                r.line(),
                r.date(),
                r.client(),
                r.clientId(),
                r.product(),
                r.quantity(),
                r.unit(),
                r.amount(),
                r.margin(),
                r.channel(),
                true);
    }

    /** Names (case-insensitive), emails and ids → client ids; a name shared by two clients maps to null (ambiguous). */
    private static Map<String, String> clientIndex(List<ClientRef> directory) {
        Map<String, String> index = new HashMap<>();
        for (ClientRef c : directory) {
            index.put(c.id(), c.id());
            if (c.email() != null) {
                index.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c.id());
            }
            String name = c.name().strip().toLowerCase(Locale.ROOT);
            index.compute(name, (k, v) -> v == null ? c.id() : v.equals(c.id()) ? v : ImportRowReader.AMBIGUOUS);
        }
        return index;
    }

    private static Map<String, ProductRow> productIndex(Iterable<ProductRow> catalog) {
        Map<String, ProductRow> index = new HashMap<>();
        for (ProductRow p : catalog) {
            index.put(p.name().strip().toLowerCase(Locale.ROOT), p);
            index.put(p.id(), p);
        }
        return index;
    }
}
