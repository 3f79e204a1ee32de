package app.rapport.purchase;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.LineError;
import app.rapport.api.purchase.ImportField;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.platform.imports.CsvReader;
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

    record Result(ImportPreview.Row row, String productId, List<LineError> errors) {
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
        List<LineError> errors = new ArrayList<>();
        int n = line.number();
        String clientText = text(line, ImportField.CLIENT);
        String clientId = clients.get(clientText.toLowerCase(Locale.ROOT));
        if (clientText.isEmpty()) {
            errors.add(LineError.of(n, "client", FieldCode.EMPTY));
        } else if (AMBIGUOUS.equals(clientId)) {
            errors.add(LineError.of(n, "client", FieldCode.CLIENT_AMBIGUOUS, "value", clientText));
            clientId = null;
        } else if (clientId == null) {
            errors.add(LineError.of(n, "client", FieldCode.CLIENT_UNKNOWN, "value", clientText));
        }
        String productText = text(line, ImportField.PRODUCT);
        ProductRow product = products.get(productText.toLowerCase(Locale.ROOT));
        if (product == null) {
            errors.add(
                    productText.isEmpty()
                            ? LineError.of(n, "product", FieldCode.EMPTY)
                            : LineError.of(n, "product", FieldCode.PRODUCT_UNKNOWN, "value", productText));
        }
        LocalDate date = date(text(line, ImportField.DATE), n, errors);
        BigDecimal quantity = number(line, ImportField.QUANTITY, n, errors);
        if (quantity != null && quantity.signum() <= 0) {
            errors.add(LineError.of(n, "quantity", FieldCode.MORE_THAN, "min", 0));
        }
        BigDecimal amount = number(line, ImportField.AMOUNT, n, errors);
        if (amount != null && amount.signum() < 0) {
            errors.add(LineError.of(n, "amount", FieldCode.AT_LEAST, "min", 0));
        }
        BigDecimal margin = number(line, ImportField.MARGIN, n, errors);
        String unit = text(line, ImportField.UNIT);
        if (unit.isEmpty() && product != null) {
            unit = product.unit();
        }
        if (unit.length() > 20) {
            errors.add(LineError.of(n, "unit", FieldCode.MAX_LENGTH, "max", 20));
        }
        String channel = text(line, ImportField.CHANNEL);
        if (channel.length() > 40) {
            errors.add(LineError.of(n, "channel", FieldCode.MAX_LENGTH, "max", 40));
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

    private LocalDate date(String text, int line, List<LineError> errors) {
        if (text.isEmpty()) {
            errors.add(LineError.of(line, "date", FieldCode.EMPTY));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.replace('/', '-').replace('.', '-'));
            if (d.isAfter(today)) {
                errors.add(LineError.of(line, "date", FieldCode.IN_FUTURE, "value", text));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(LineError.of(line, "date", FieldCode.NOT_DATE, "value", text));
            return null;
        }
    }

    private BigDecimal number(CsvReader.Line line, ImportField field, int n, List<LineError> errors) {
        String name = field.name().toLowerCase(Locale.ROOT);
        String text = text(line, field).replace(" ", "");
        if (text.matches("^-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$")) {
            text = text.replace(",", "");
        }
        if (text.isEmpty()) {
            errors.add(LineError.of(n, name, FieldCode.EMPTY));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.abs().compareTo(new BigDecimal("999999999999")) > 0
                    || value.scale() > (field == ImportField.QUANTITY ? 3 : 2)) {
                errors.add(LineError.of(n, name, FieldCode.OUT_OF_RANGE, "value", text));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(LineError.of(n, name, FieldCode.NOT_NUMBER, "value", text));
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
