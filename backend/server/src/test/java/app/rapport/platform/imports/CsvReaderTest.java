package app.rapport.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "CSV is read as RFC 4180 says, with the delimiter taken from the header line." */
class CsvReaderTest {
    @Test
    void quoted_fields_keep_delimiters_quotes_and_line_breaks() {
        List<CsvReader.Line> lines = CsvReader.read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
        assertEquals(List.of("x, y", "say \"hi\""), lines.get(1).fields());
        assertEquals("two\nlines", lines.get(2).fields().get(0));
        assertEquals(3, lines.get(2).number());
    }

    @Test
    void semicolons_and_a_byte_order_mark_are_understood_and_blank_lines_skipped() {
        List<CsvReader.Line> lines = CsvReader.read("\uFEFFdate;client\n\n2026-01-02;Li\n");
        assertEquals(List.of("date", "client"), lines.get(0).fields());
        assertEquals(List.of("2026-01-02", "Li"), lines.get(1).fields());
        assertEquals(3, lines.get(1).number());
    }
}
