package app.rapport.purchase;

import app.rapport.api.purchase.ImportField;
import app.rapport.api.purchase.ImportPreview;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads one CSV line as a purchase, collecting every problem of the line (not just the first). */
final class ImportRowReader {
    static final String AMBIGUOUS = "?ambiguous";

    record Result(ImportPreview.Row row, String productId, List<ImportPreview.LineError> errors) {
        /** What makes two rows the same purchase. */
        String identity() {
            return String.join(
                    "|",
                    row.clientId(),
                    productId,
                    String.valueOf(row.date()),
                    row.quantity().stripTrailingZeros().toPlainString(),
                    row.amount().stripTrailingZeros().toPlainString(),
                    row.margin().stripTrailingZeros().toPlainString(),
                    String.valueOf(row.channel()));
        }
    }

    private final Map<ImportField, Integer> columns;
    private final Map<String, String> clients;
    private final Map<String, ProductRow> products;
    private final LocalDate today;

    ImportRowReader(
            Map<ImportField, Integer> columns,
            Map<String, String> clients,
            Map<String, ProductRow> products,
            LocalDate today) {
        this.columns = columns;
        this.clients = clients;
        this.products = products;
        this.today = today;
    }

    Result read(CsvReader.Line line) {
        List<ImportPreview.LineError> errors = new ArrayList<>();
        int n = line.number();
        String clientText = text(line, ImportField.CLIENT);
        String clientId = clients.get(clientText.toLowerCase(Locale.ROOT));
        if (clientText.isEmpty()) {
            errors.add(new ImportPreview.LineError(n, "client", "is empty"));
        } else if (AMBIGUOUS.equals(clientId)) {
            errors.add(new ImportPreview.LineError(
                    n, "client", "several clients are named " + clientText + "; use the email or id"));
            clientId = null;
        } else if (clientId == null) {
            errors.add(new ImportPreview.LineError(n, "client", "no client is named " + clientText));
        }
        String productText = text(line, ImportField.PRODUCT);
        ProductRow product = products.get(productText.toLowerCase(Locale.ROOT));
        if (product == null) {
            errors.add(new ImportPreview.LineError(
                    n,
                    "product",
                    productText.isEmpty() ? "is empty" : "is not in the product catalog: " + productText));
        }
        LocalDate date = date(text(line, ImportField.DATE), n, errors);
        BigDecimal quantity = number(line, ImportField.QUANTITY, n, errors);
        if (quantity != null && quantity.signum() <= 0) {
            errors.add(new ImportPreview.LineError(n, "quantity", "must be more than 0"));
        }
        BigDecimal amount = number(line, ImportField.AMOUNT, n, errors);
        if (amount != null && amount.signum() < 0) {
            errors.add(new ImportPreview.LineError(n, "amount", "must be 0 or more"));
        }
        BigDecimal margin = number(line, ImportField.MARGIN, n, errors);
        String unit = text(line, ImportField.UNIT);
        if (unit.isEmpty() && product != null) {
            unit = product.unit();
        }
        if (unit.length() > 20) {
            errors.add(new ImportPreview.LineError(n, "unit", "must be at most 20 characters"));
        }
        String channel = text(line, ImportField.CHANNEL);
        if (channel.length() > 40) {
            errors.add(new ImportPreview.LineError(n, "channel", "must be at most 40 characters"));
        }
        ImportPreview.Row row = new ImportPreview.Row(
                n,
                date,
                clientText,
                clientId,
                productText,
                quantity,
                unit,
                amount,
                margin,
                channel.isEmpty() ? null : channel,
                false);
        return new Result(row, product == null ? null : product.id(), errors);
    }

    private static String text(CsvReader.Line line, int index) {
        return index < line.fields().size() ? line.fields().get(index).strip() : "";
    }

    private String text(CsvReader.Line line, ImportField field) {
        Integer index = columns.get(field);
        return index == null ? "" : text(line, index);
    }

    private LocalDate date(String text, int line, List<ImportPreview.LineError> errors) {
        if (text.isEmpty()) {
            errors.add(new ImportPreview.LineError(line, "date", "is empty"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.replace('/', '-').replace('.', '-'));
            if (d.isAfter(today)) {
                errors.add(new ImportPreview.LineError(line, "date", "is in the future: " + text));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new ImportPreview.LineError(line, "date", "must be a date like 2026-03-31: " + text));
            return null;
        }
    }

    private BigDecimal number(CsvReader.Line line, ImportField field, int n, List<ImportPreview.LineError> errors) {
        String name = field.name().toLowerCase(Locale.ROOT);
        String text = text(line, field).replace(" ", "");
        if (text.matches("^-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$")) {
            text = text.replace(",", "");
        }
        if (text.isEmpty()) {
            errors.add(new ImportPreview.LineError(n, name, "is empty"));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.abs().compareTo(new BigDecimal("999999999999")) > 0
                    || value.scale() > (field == ImportField.QUANTITY ? 3 : 2)) {
                errors.add(new ImportPreview.LineError(n, name, "is out of range or too precise: " + text));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new ImportPreview.LineError(n, name, "must be a number like 12.50: " + text));
            return null;
        }
    }

    static String digest(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
