package app.rapport.platform.imports;

import app.rapport.api.common.FieldCode;
import app.rapport.api.common.ImportColumn;
import app.rapport.api.common.ProblemCode;
import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.platform.web.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column fills which field of an import: the caller's mapping, else headers named like the fields. A mapping
 * that names no field of the import is refused with {@code unknown}; a required field left unmapped with UNMAPPED.
 */
public final class ImportMapping {
    private ImportMapping() {}

    public static <F extends ImportColumn> Map<F, Integer> columns(
            List<String> headers, Map<String, String> mapping, List<F> fields, FieldCode unknown) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (mapping != null) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                String key = e.getKey().strip().toUpperCase(Locale.ROOT);
                F field = fields.stream()
                        .filter(f -> f.name().equals(key))
                        .findFirst()
                        .orElse(null);
                if (field == null) {
                    problems.add(FieldProblem.of("mapping." + e.getKey(), unknown));
                    continue;
                }
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                int index = indexOf(headers, e.getValue());
                if (index < 0) {
                    problems.add(FieldProblem.of(
                            "mapping." + field.name(), FieldCode.NO_SUCH_COLUMN, "column", e.getValue()));
                } else {
                    columns.put(field, index);
                }
            }
        }
        for (F field : fields) {
            if (!columns.containsKey(field) && (mapping == null || !mapping.containsKey(field.name()))) {
                for (String known : field.knownHeaders()) {
                    int index = indexOf(headers, known);
                    if (index >= 0 && !columns.containsValue(index)) {
                        columns.put(field, index);
                        break;
                    }
                }
            }
            if (field.required() && !columns.containsKey(field)) {
                problems.add(FieldProblem.of("mapping." + field.name(), FieldCode.UNMAPPED));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    ProblemCode.INVALID_MAPPING,
                    "the columns of the file do not fill every required field: map them",
                    problems);
        }
        return columns;
    }

    private static int indexOf(List<String> headers, String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
