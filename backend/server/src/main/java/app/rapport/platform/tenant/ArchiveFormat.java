package app.rapport.platform.tenant;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The files of a tenant export: the manifest as written and read, the zip unpacked, a table file's rows and sum. */
final class ArchiveFormat {
    private static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern NAME = Pattern.compile("^[a-z0-9_]{1,64}$");

    private ArchiveFormat() {}

    /** What a manifest says: the format, the schema version exported, and each table with its rows and sum. */
    record Manifest(String format, String schemaVersion, List<TenantArchive.TableSum> tables) {}

    static byte[] manifest(
            String format, String slug, String schemaVersion, Instant at, List<TenantArchive.TableSum> sums)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", format);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("tenant", slug);
            g.writeStringField("schemaVersion", schemaVersion);
            g.writeStringField("exportedAt", at.toString());
            g.writeArrayFieldStart("tables");
            for (TenantArchive.TableSum t : sums) {
                g.writeStartObject();
                g.writeStringField("table", t.table());
                g.writeNumberField("rows", t.rows());
                g.writeStringField("sha256", t.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    static Manifest readManifest(byte[] bytes) {
        String format = null;
        String version = null;
        List<TenantArchive.TableSum> tables = new ArrayList<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw TenantArchive.refused("manifest.json is not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = p.getText();
                    case "schemaVersion" -> version = p.getText();
                    case "tables" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String table = null;
                            long rows = -1;
                            String sha = null;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                p.nextToken();
                                switch (f) {
                                    case "table" -> table = p.getText();
                                    case "rows" -> rows = p.getLongValue();
                                    case "sha256" -> sha = p.getText();
                                    default -> p.skipChildren();
                                }
                            }
                            if (table == null || !NAME.matcher(table).matches() || sha == null || rows < 0) {
                                throw TenantArchive.refused("manifest.json lists a table without name, rows or sum");
                            }
                            tables.add(new TenantArchive.TableSum(table, rows, sha));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw TenantArchive.refused("manifest.json is not valid JSON");
        }
        return new Manifest(format, version, tables);
    }

    static Map<String, byte[]> unzip(byte[] zipBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw TenantArchive.refused("the body is not a readable zip");
        }
        if (files.isEmpty()) {
            throw TenantArchive.refused("the body is not a readable zip");
        }
        return files;
    }

    static long rows(byte[] file) {
        try (JsonParser p = JSON.createParser(file)) {
            long n = 0;
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                p.skipChildren();
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
