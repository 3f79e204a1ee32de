package app.rapport.platform.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text as RFC 4180 does (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF), with the
 * delimiter guessed from the header line: comma, semicolon or tab (spreadsheets in some locales use semicolons).
 */
public final class CsvReader {
    /** One record and the line of the file it starts on (1-based, the header is line 1). */
    public record Line(int number, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvReader() {}

    public static List<Line> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiter(s);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                lines.add(new Line(startLine, List.copyOf(fields)));
                fields.clear();
                line++;
                startLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(new Line(startLine, List.copyOf(fields)));
        }
        return lines.stream().filter(l -> !l.blank()).toList();
    }

    private static char delimiter(String s) {
        int end = s.indexOf('\n');
        String header = end < 0 ? s : s.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
