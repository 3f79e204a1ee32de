package app.rapport.ui.client;

import app.rapport.api.common.PageView;
import app.rapport.api.directory.ClientFilter;
import app.rapport.api.directory.DirectoryApi;
import app.rapport.api.directory.DirectoryEntry;
import app.rapport.ui.platform.api.Api;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client list as shown — the same filters and order, every page of it — as a CSV file for a spreadsheet: headers
 * in the reader's language, tier, stage and kind as the list words them, dates in the tenant's time zone (ISO), UTF-8
 * with a byte-order mark so that Excel reads Chinese names.
 */
final class ClientCsv {
    static final int PAGE = 500;

    /** How one column reads: its header and its value for an entry. */
    record Column(String header, Function<DirectoryEntry, String> value) {}

    private ClientCsv() {}

    static Anchor link(
            DirectoryApi directory, Api api, Supplier<ClientFilter> filter, List<Column> columns, String label) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] csv = csv(all(directory, api, filter.get()), columns);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "clients.csv", "text/csv;charset=UTF-8", csv.length);
                }),
                "");
        a.add(VaadinIcon.DOWNLOAD.create());
        a.add(" " + label);
        a.setId("clients-export");
        a.getElement().setAttribute("download", "clients.csv");
        return a;
    }

    /** Every entry the filter finds, page by page. */
    static List<DirectoryEntry> all(DirectoryApi directory, Api api, ClientFilter f) {
        List<DirectoryEntry> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            PageView<DirectoryEntry> got = api.call(() ->
                    directory.list(f.q(), f.tier(), f.stage(), f.owner(), f.mine(), f.silentDays(), p, PAGE, f.sort()));
            out.addAll(got.items());
            if (got.items().size() < PAGE || out.size() >= got.total()) {
                return out;
            }
        }
    }

    static byte[] csv(List<DirectoryEntry> entries, List<Column> columns) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, columns.stream().map(Column::header).toList());
        for (DirectoryEntry e : entries) {
            line(sb, columns.stream().map(c -> c.value().apply(e)).toList());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9 ().-]+") ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String day(java.time.Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }
}
