package app.rapport.client;

import app.rapport.api.client.ClientImport;
import app.rapport.api.client.ClientImportField;
import app.rapport.api.client.ClientImportPreview;
import app.rapport.api.client.ClientImportPreview.Row;
import app.rapport.api.client.ClientImportPreview.Status;
import app.rapport.api.client.ClientImportResult;
import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.common.FieldCode;
import app.rapport.api.common.LineError;
import app.rapport.platform.Texts;
import app.rapport.platform.audit.AuditLog;
import app.rapport.platform.imports.CsvReader;
import app.rapport.platform.imports.ImportFile;
import app.rapport.platform.web.Violations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports clients from CSV with the same preview, mapping, per-line problems and all-or-nothing commit as purchases.
 * Each line is checked as a client registered by hand is (the same constraints); a duplicate — the same name and the
 * same e-mail or phone as a registered client or an earlier line — is shown and never imported. The valid lines alone
 * may be imported on request. Each imported client is registered as by hand (stage, owner, playbook, audit).
 */
@Singleton
public class ImportClients {
    static final int MAX_ROWS = 10_000;
    private static final List<ClientImportField> FIELDS = List.of(ClientImportField.values());

    private final Clients clients;
    private final ClientRepository repository;
    private final Validator validator;
    private final AuditLog audit;

    ImportClients(Clients clients, ClientRepository repository, Validator validator, AuditLog audit) {
        this.clients = clients;
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
    }

    @Transactional
    public ClientImportPreview preview(ClientImport file) {
        return understand(file).preview();
    }

    @Transactional
    public ClientImportResult commit(ClientImport file) {
        // one import at a time, each seeing the clients the one before registered: a file sent twice at once goes in
        // once
        repository.lockImports();
        Understood understood = understand(file);
        ClientImportPreview preview = understood.preview();
        if (!preview.errors().isEmpty() && !file.validOnly()) {
            throw ImportFile.refused(preview.errors());
        }
        int imported = 0;
        for (int i = 0; i < preview.rows().size(); i++) {
            if (preview.rows().get(i).status() == Status.NEW) {
                clients.register(understood.writes().get(i));
                imported++;
            }
        }
        ClientImportResult result = new ClientImportResult(
                imported,
                preview.duplicates(),
                preview.withProblems(),
                preview.rows().size());
        audit.record("IMPORT", "client-import", UUID.randomUUID().toString(), null, result);
        return result;
    }

    private record Understood(
            List<String> headers,
            Map<String, String> mapping,
            List<Row> rows,
            List<ClientWrite> writes,
            List<LineError> errors) {
        ClientImportPreview preview() {
            int duplicates = (int)
                    rows.stream().filter(r -> r.status() == Status.DUPLICATE).count();
            int problems = (int)
                    rows.stream().filter(r -> r.status() == Status.PROBLEM).count();
            return new ClientImportPreview(
                    headers, mapping, rows, errors, rows.size() - duplicates - problems, duplicates, problems);
        }
    }

    private Understood understand(ClientImport file) {
        ImportFile<ClientImportField> csv =
                ImportFile.read(file.csv(), file.mapping(), FIELDS, FieldCode.NOT_A_CLIENT_FIELD, MAX_ROWS);

        Map<String, IdentityRow> registered = new HashMap<>();
        for (IdentityRow c : repository.identities()) {
            keys(c.name(), c.email(), c.phone()).forEach(k -> registered.putIfAbsent(k, c));
        }
        Map<String, Integer> earlier = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<ClientWrite> writes = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (CsvReader.Line line : csv.lines()) {
            List<LineError> mine = new ArrayList<>();
            String kindText = csv.cell(line, ClientImportField.KIND);
            ClientKind kind = kind(kindText);
            if (kind == null) {
                mine.add(new LineError(
                        line.number(),
                        "kind",
                        FieldCode.ONE_OF,
                        Map.of(
                                "allowed",
                                Arrays.stream(ClientKind.values())
                                        .map(Enum::name)
                                        .toList(),
                                "value",
                                kindText)));
            }
            ClientWrite w = new ClientWrite(
                    kind == null ? ClientKind.ORGANISATION : kind,
                    Texts.blankToNull(csv.cell(line, ClientImportField.NAME)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.INDUSTRY)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.EMAIL)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.PHONE)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.CITY)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.WEBSITE)),
                    Texts.blankToNull(csv.cell(line, ClientImportField.NOTES)),
                    null);
            Violations.of(validator.validate(w))
                    .forEach(p -> mine.add(new LineError(line.number(), p.field(), p.code(), p.args())));
            Status status = mine.isEmpty() ? Status.NEW : Status.PROBLEM;
            IdentityRow same = null;
            Integer sameLine = null;
            if (status == Status.NEW) {
                List<String> keys = keys(w.name(), w.email(), w.phone());
                same = keys.stream()
                        .map(registered::get)
                        .filter(x -> x != null)
                        .findFirst()
                        .orElse(null);
                sameLine = same != null
                        ? null
                        : keys.stream()
                                .map(earlier::get)
                                .filter(x -> x != null)
                                .findFirst()
                                .orElse(null);
                if (same != null || sameLine != null) {
                    status = Status.DUPLICATE;
                } else {
                    keys.forEach(k -> earlier.putIfAbsent(k, line.number()));
                }
            }
            errors.addAll(mine);
            rows.add(new Row(
                    line.number(),
                    kind,
                    w.name() == null ? "" : w.name(),
                    w.email(),
                    w.phone(),
                    w.city(),
                    w.industry(),
                    status,
                    same == null ? null : same.id(),
                    same == null ? null : same.name(),
                    sameLine));
            writes.add(w);
        }
        return new Understood(csv.headers(), csv.mapping(), rows, writes, errors);
    }

    /** The keys under which a client is the same client: name with e-mail, name with phone (digits only). */
    static List<String> keys(String name, String email, String phone) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> keys = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            keys.add(n + "|e|" + email.strip().toLowerCase(Locale.ROOT));
        }
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.length() >= 5) {
            keys.add(n + "|p|" + digits);
        }
        return keys;
    }

    private static ClientKind kind(String text) {
        if (text == null || text.isBlank()) {
            return ClientKind.ORGANISATION;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "organisation", "organization", "company", "org", "企业", "公司", "機構", "机构", "企業" ->
                ClientKind.ORGANISATION;
            case "person", "individual", "private", "个人", "個人" -> ClientKind.PERSON;
            default -> null;
        };
    }
}
