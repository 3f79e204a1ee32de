package app.rapport.platform.imports;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ImportColumn;
import app.rapport.api.common.LineError;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as every import reads it: its headers, which column fills which field (the caller's mapping, else headers
 * named like the fields), the mapping used, and its lines after the header. An empty file and one of more than
 * {@code maxRows} lines are refused naming {@code csv}.
 */
public record ImportFile<F extends ImportColumn>(
        List<String> headers, Map<F, Integer> columns, Map<String, String> mapping, List<CsvReader.Line> lines) {

    public static <F extends ImportColumn> ImportFile<F> read(
            String csv, @Nullable Map<String, String> mapping, List<F> fields, FieldCode unknownField, int maxRows) {
        List<CsvReader.Line> lines = CsvReader.read(csv);
        if (lines.isEmpty()) {
            throw ProblemException.badField("csv", FieldCode.EMPTY_FILE);
        }
        if (lines.size() - 1 > maxRows) {
            throw ProblemException.badField("csv", FieldCode.TOO_MANY_ROWS, "max", maxRows);
        }
        List<String> headers = lines.get(0).fields().stream().map(String::strip).toList();
        Map<F, Integer> columns = ImportMapping.columns(headers, mapping, fields, unknownField);
        Map<String, String> used = new LinkedHashMap<>();
        columns.forEach((f, i) -> used.put(f.name(), headers.get(i)));
        return new ImportFile<>(headers, columns, used, lines.subList(1, lines.size()));
    }

    /** The cell of {@code field} on a line; null when the field is not mapped or the line is short. */
    public @Nullable String cell(CsvReader.Line line, F field) {
        Integer index = columns.get(field);
        return index == null || index >= line.fields().size()
                ? null
                : line.fields().get(index);
    }

    /** The refusal of an import whose file has problems: nothing is imported, each problem named by its line. */
    public static ProblemException refused(List<LineError> errors) {
        List<FieldProblem> problems = errors.stream()
                .map(e -> new FieldProblem("lines[" + e.line() + "]." + e.field(), e.code(), e.args()))
                .toList();
        LineError first = errors.get(0);
        return new ProblemException(
                ProblemCode.IMPORT_HAS_ERRORS,
                errors.size() + " problem(s) in the file; nothing was imported. First: line " + first.line() + " "
                        + first.field() + ": " + first.code(),
                Map.of("problems", problems.size()),
                problems);
    }
}
