package app.rapport.client;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientImport;
import app.rapport.api.client.ClientImportPreview;
import app.rapport.api.client.ClientImportPreview.Status;
import app.rapport.api.client.ClientImportResult;
import app.rapport.api.client.ClientKind;
import app.rapport.api.client.ClientView;
import app.rapport.api.client.ClientWrite;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemView;
import app.rapport.api.lifecycle.StageView;
import app.rapport.support.ApiTest;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing clients from CSV: the preview shows each line's fate (new, duplicate of a registered client or of an
 * earlier line, or with problems by field); the commit registers all or nothing, or the valid lines alone when asked;
 * a file sent twice — even at the same moment — registers its clients once; imported clients are registered as by hand.
 */
class ClientImportTest extends ApiTest {
    private static final String MANAGER = "harbour.manager";
    private String tag;
    private ClientView known;

    @BeforeEach
    void aRegisteredClient() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        known = read(
                send(
                        MANAGER,
                        POST(
                                "/api/v1/clients",
                                new ClientWrite(
                                        ClientKind.ORGANISATION,
                                        "Known Trading " + tag,
                                        null,
                                        "desk@known-" + tag + ".example",
                                        null,
                                        "Qingdao",
                                        null,
                                        null,
                                        null))),
                ClientView.class);
    }

    private long found(String term) {
        return read(send(MANAGER, GET("/api/v1/clients?q=" + term)), Argument.of(PageView.class, ClientView.class))
                .total();
    }

    private String file() {
        return String.join(
                        "\n",
                        "名称,类型,邮箱,电话,城市",
                        "Lin Tea House " + tag + ",公司,lin@tea-" + tag + ".example,+86 532 8000 0001,Qingdao",
                        "known trading " + tag + ",company,DESK@known-" + tag + ".example,,Qingdao",
                        "Mrs Zhao " + tag + ",个人,,138 0000 1111,Yantai",
                        "Mrs  Zhao " + tag + ",person,,(138) 0000-1111,Yantai",
                        ",company,nobody@example.test,,",
                        "Bad Mail " + tag + ",company,not-an-email,,",
                        "Robot " + tag + ",robot,,,")
                + "\n";
    }

    @Test
    void the_preview_shows_what_becomes_of_each_line() {
        Reply r = send(MANAGER, POST("/api/v1/clients/imports/preview", new ClientImport(file(), null, false)));
        assertEquals(200, r.status(), r.body());
        ClientImportPreview p = read(r, ClientImportPreview.class);
        assertEquals("名称", p.mapping().get("NAME"));
        assertEquals("邮箱", p.mapping().get("EMAIL"));
        List<Status> statuses =
                p.rows().stream().map(ClientImportPreview.Row::status).toList();
        assertEquals(
                List.of(
                        Status.NEW,
                        Status.DUPLICATE,
                        Status.NEW,
                        Status.DUPLICATE,
                        Status.PROBLEM,
                        Status.PROBLEM,
                        Status.PROBLEM),
                statuses);
        ClientImportPreview.Row same = p.rows().get(1);
        assertEquals(known.id(), same.duplicateOfId(), "the same name and e-mail, whatever the case");
        assertEquals(known.name(), same.duplicateOfName());
        assertEquals(4, p.rows().get(3).duplicateOfLine(), "the same name and phone as line 4");
        assertEquals(ClientKind.PERSON, p.rows().get(2).kind());
        assertEquals(
                List.of("6 name NOT_BLANK", "7 email EMAIL", "8 kind ONE_OF"),
                p.errors().stream()
                        .map(e -> e.line() + " " + e.field() + " " + e.code())
                        .toList());
        assertEquals(2, p.newRows());
        assertEquals(2, p.duplicates());
        assertEquals(3, p.withProblems());
        assertEquals(0, found("Lin%20Tea%20House%20" + tag), "a preview registers nothing");
    }

    @Test
    void a_file_with_problems_imports_nothing_unless_the_valid_lines_alone_are_asked_for() {
        Reply refused = send(MANAGER, POST("/api/v1/clients/imports", new ClientImport(file(), null, false)));
        assertEquals(422, refused.status(), refused.body());
        ProblemView problem = read(refused, ProblemView.class);
        assertEquals("import-has-errors", problem.code());
        assertEquals("lines[6].name", problem.errors().get(0).field());
        assertEquals(0, found(tag) - 1, "only the client registered before");

        Reply done = send(MANAGER, POST("/api/v1/clients/imports", new ClientImport(file(), null, true)));
        assertEquals(200, done.status(), done.body());
        ClientImportResult result = read(done, ClientImportResult.class);
        assertEquals(
                List.of(2, 2, 3, 7),
                List.of(result.imported(), result.duplicates(), result.withProblems(), result.lines()));
        assertEquals(3, found(tag));
        PageView<?> page = read(
                send(MANAGER, GET("/api/v1/clients?q=Lin%20Tea%20House%20" + tag)),
                Argument.of(PageView.class, ClientView.class));
        ClientView lin = (ClientView) page.items().get(0);
        assertEquals("+86 532 8000 0001", lin.phone());
        StageView stage = read(send(MANAGER, GET("/api/v1/clients/" + lin.id() + "/stage")), StageView.class);
        assertEquals(MANAGER, stage.owner(), "registered as by hand: the manager who imported owns it");

        // the same file again: every line is now a duplicate or a problem, nothing is registered twice
        ClientImportResult again = read(
                send(MANAGER, POST("/api/v1/clients/imports", new ClientImport(file(), null, true))),
                ClientImportResult.class);
        assertEquals(0, again.imported());
        assertEquals(4, again.duplicates());
        assertEquals(3, found(tag));
    }

    @Test
    void the_same_file_sent_twice_at_once_registers_its_clients_once() {
        String clean = "name,email\nTwin One " + tag + ",one@twin-" + tag + ".example\nTwin Two " + tag + ",two@twin-"
                + tag + ".example\n";
        List<Reply> replies =
                parallel(4, () -> send(MANAGER, POST("/api/v1/clients/imports", new ClientImport(clean, null, false))));
        assertEquals(Map.of(200, 4L), statuses(replies));
        assertEquals(2, found("twin-" + tag));
        assertEquals(
                2,
                replies.stream()
                        .mapToInt(r -> read(r, ClientImportResult.class).imported())
                        .sum());
    }

    @Test
    void an_unknown_field_in_the_mapping_and_an_unmapped_name_are_named() {
        Reply r = send(
                MANAGER,
                POST(
                        "/api/v1/clients/imports/preview",
                        new ClientImport("Firma,Ort\nA,B\n", Map.of("COMPANY", "Firma"), false)));
        assertEquals(400, r.status(), r.body());
        ProblemView p = read(r, ProblemView.class);
        assertEquals("invalid-mapping", p.code());
        assertEquals(
                List.of("mapping.COMPANY NOT_A_CLIENT_FIELD", "mapping.NAME UNMAPPED"),
                p.errors().stream()
                        .map(e -> e.field() + " " + e.code())
                        .sorted()
                        .toList());
        Reply mapped = send(
                MANAGER,
                POST(
                        "/api/v1/clients/imports/preview",
                        new ClientImport(
                                "Firma,Ort\nA " + tag + ",Jinan\n", Map.of("NAME", "Firma", "CITY", "Ort"), false)));
        assertEquals(200, mapped.status(), mapped.body());
        ClientImportPreview.Row row =
                read(mapped, ClientImportPreview.class).rows().get(0);
        assertEquals("Jinan", row.city());
        assertNull(row.duplicateOfId());
        assertTrue(send(
                                "harbour.staff",
                                POST("/api/v1/clients/imports/preview", new ClientImport("name\nX\n", null, false)))
                        .status()
                == 403);
    }
}
