package app.rapport.platform.tenant;

import app.rapport.api.common.ProblemCode;
import app.rapport.platform.web.ProblemException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tenant's whole data as a zip: {@code manifest.json} (format, tenant, schema version, and per table its row count
 * and a SHA-256 of its file) and {@code tables/<table>.json} per table of the schema, every row in primary-key order
 * with each column's value as the database writes it (text, or null). Restoring loads such a zip into a freshly
 * provisioned tenant of the same schema version in one transaction, and checks each table's checksum against the
 * manifest before it commits. Flyway's own history is not part of it: the target has its own.
 */
@Singleton
public class TenantArchive {
    static final String FORMAT = "rapport-tenant-export";
    private static final Pattern NAME = Pattern.compile("^[a-z0-9_]{1,64}$");
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> LEFT_OUT = List.of("flyway_schema_history");

    private final DirectConnections connections;

    TenantArchive(DirectConnections connections) {
        this.connections = connections;
    }

    /** A table of the archive: its name, how many rows and the SHA-256 of its file. */
    public record TableSum(String table, long rows, String sha256) {}

    /** The zip of the tenant's data and what its manifest says of each table. */
    public record Export(byte[] zip, List<TableSum> tables) {}

    Export export(String slug, SchemaName schema, String schemaVersion, Instant at) {
        try (Connection c = connect();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            c.setReadOnly(true);
            c.setAutoCommit(false); // one consistent snapshot of every table
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            List<TableSum> sums = new ArrayList<>();
            for (String table : tables(c, schema)) {
                byte[] file = tableFile(c, schema, table);
                zip.putNextEntry(new ZipEntry("tables/" + table + ".json"));
                zip.write(file);
                zip.closeEntry();
                sums.add(new TableSum(table, ArchiveFormat.rows(file), ArchiveFormat.sha256(file)));
            }
            c.commit();
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(ArchiveFormat.manifest(FORMAT, slug, schemaVersion, at, sums));
            zip.closeEntry();
            zip.finish();
            return new Export(bytes.toByteArray(), sums);
        } catch (SQLException e) {
            throw new IllegalStateException("exporting " + schema.value() + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checksums of the schema's tables as an export would write them (for a restore's check and for tests). */
    List<TableSum> sums(SchemaName schema) {
        try (Connection c = connect()) {
            List<TableSum> sums = new ArrayList<>();
            for (String table : tables(c, schema)) {
                byte[] file = tableFile(c, schema, table);
                sums.add(new TableSum(table, ArchiveFormat.rows(file), ArchiveFormat.sha256(file)));
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + schema.value() + " failed", e);
        }
    }

    /**
     * Loads {@code zipBytes} into {@code schema}, replacing what is there (a freshly provisioned tenant holds only its
     * seed rows); refuses a zip of another format or schema version, and rolls back when a table's checksum after
     * loading differs from the manifest's.
     */
    List<TableSum> restore(SchemaName schema, String schemaVersion, byte[] zipBytes) {
        Map<String, byte[]> files = ArchiveFormat.unzip(zipBytes);
        byte[] manifestBytes = files.get("manifest.json");
        if (manifestBytes == null) {
            throw refused("the zip has no manifest.json: it is not a Rapport tenant export");
        }
        ArchiveFormat.Manifest manifest = ArchiveFormat.readManifest(manifestBytes);
        if (!FORMAT.equals(manifest.format())) {
            throw refused("the zip is not a Rapport tenant export");
        }
        if (!schemaVersion.equals(manifest.schemaVersion())) {
            throw refused(
                    ProblemCode.SCHEMA_VERSION_MISMATCH,
                    "the export is of schema version " + manifest.schemaVersion() + ", the tenant is at "
                            + schemaVersion + ": restore it with the release that exported it, then migrate");
        }
        try (Connection c = connect()) {
            List<String> present = tables(c, schema);
            for (TableSum t : manifest.tables()) {
                if (!present.contains(t.table()) || !files.containsKey("tables/" + t.table() + ".json")) {
                    throw refused("table " + t.table() + " is missing from the zip or the tenant");
                }
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : present) {
                    st.executeUpdate("DELETE FROM " + q(schema.value()) + "." + q(table));
                }
                for (TableSum t : manifest.tables()) {
                    load(c, schema, t.table(), files.get("tables/" + t.table() + ".json"));
                }
                st.execute("SET FOREIGN_KEY_CHECKS = 1");
                for (TableSum t : manifest.tables()) {
                    byte[] file = tableFile(c, schema, t.table());
                    if (!ArchiveFormat.sha256(file).equals(t.sha256()) || ArchiveFormat.rows(file) != t.rows()) {
                        c.rollback();
                        throw refused(
                                ProblemCode.RESTORE_MISMATCH,
                                "table " + t.table() + " does not read back as exported; nothing was restored");
                    }
                }
                c.commit();
                return manifest.tables();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("restoring into " + schema.value() + " failed", e);
        }
    }

    private Connection connect() throws SQLException {
        return connections.open();
    }

    private static List<String> tables(Connection c, SchemaName schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            st.setString(1, schema.value());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase();
                    if (!LEFT_OUT.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static List<String> primaryKey(Connection c, SchemaName schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT column_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = ? AND table_name = ? AND constraint_name = 'PRIMARY'"
                + " ORDER BY ordinal_position")) {
            st.setString(1, schema.value());
            st.setString(2, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The table as a JSON array of objects, in primary-key order; every value as text or null. */
    private static byte[] tableFile(Connection c, SchemaName schema, String table) throws SQLException {
        List<String> key = primaryKey(c, schema, table);
        String order = key.isEmpty()
                ? ""
                : " ORDER BY "
                        + String.join(", ", key.stream().map(TenantArchive::q).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + q(schema.value()) + "." + q(table) + order);
                JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            int n = rs.getMetaData().getColumnCount();
            g.writeStartArray();
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 1; i <= n; i++) {
                    g.writeStringField(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void load(Connection c, SchemaName schema, String table, byte[] file) throws SQLException {
        try (JsonParser p = JSON.createParser(file)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw refused("tables/" + table + ".json is not a list of rows");
            }
            PreparedStatement insert = null;
            List<String> columns = null;
            int batched = 0;
            try {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> row = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String column = p.currentName();
                        if (!NAME.matcher(column).matches()) {
                            throw refused("tables/" + table + ".json names column " + column);
                        }
                        p.nextToken();
                        row.put(column, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
                    }
                    if (insert == null) {
                        columns = List.copyOf(row.keySet());
                        insert = c.prepareStatement("INSERT INTO " + q(schema.value()) + "." + q(table) + " ("
                                + String.join(
                                        ", ",
                                        columns.stream().map(TenantArchive::q).toList()) + ") VALUES ("
                                + String.join(
                                        ", ", columns.stream().map(x -> "?").toList()) + ")");
                    }
                    if (!row.keySet().equals(new LinkedHashSet<>(columns))) {
                        throw refused("the rows of tables/" + table + ".json differ in columns");
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        insert.setString(i + 1, row.get(columns.get(i)));
                    }
                    insert.addBatch();
                    if (++batched % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                if (insert != null) {
                    insert.executeBatch();
                }
            } finally {
                if (insert != null) {
                    insert.close();
                }
            }
        } catch (IOException e) {
            throw refused("tables/" + table + ".json is not valid JSON");
        }
    }

    private static String q(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
        return "`" + name + "`";
    }

    static ProblemException refused(String detail) {
        return refused(ProblemCode.ARCHIVE_INVALID, detail);
    }

    static ProblemException refused(ProblemCode code, String detail) {
        return new ProblemException(code, detail);
    }
}
