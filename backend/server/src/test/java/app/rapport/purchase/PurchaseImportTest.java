package app.rapport.purchase;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.api.client.ClientView;
import app.rapport.api.common.PageView;
import app.rapport.api.common.ProblemView;
import app.rapport.api.purchase.ImportPreview;
import app.rapport.api.purchase.ImportResult;
import app.rapport.api.purchase.ProductView;
import app.rapport.api.purchase.PurchaseImport;
import app.rapport.api.purchase.PurchaseView;
import app.rapport.support.ApiTest;
import app.rapport.support.Fixtures;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV imports: previewed line by line, all or nothing, and idempotent when the same file comes again. */
class PurchaseImportTest extends ApiTest {
    private ClientView client;
    private ProductView rice;

    @BeforeEach
    void aClientAndAProduct() {
        client = read(
                send("harbour.manager", POST("/api/v1/clients", Fixtures.person(Fixtures.unique("Wang Household")))),
                ClientView.class);
        rice = read(
                send(
                        "harbour.manager",
                        POST("/api/v1/products", ValueFixtures.product(Fixtures.unique("Rice"), "kg", "0.3"))),
                ProductView.class);
    }

    private String csv(String... rows) {
        return "date,client,product,quantity,amount,margin,channel\n" + String.join("\n", rows) + "\n";
    }

    private String row(String date, String quantity) {
        return date + "," + client.name() + "," + rice.name() + "," + quantity + ",55.00,12.50,counter";
    }

    private long purchases() {
        return read(
                        send("harbour.manager", GET("/api/v1/clients/" + client.id() + "/purchases")),
                        Argument.of(PageView.class, PurchaseView.class))
                .total();
    }

    @Test
    void the_preview_recognises_the_headers_and_imports_nothing() {
        Reply r = send(
                "harbour.manager",
                POST("/api/v1/purchase-imports/preview", new PurchaseImport(csv(row("2026-01-05", "10")), null)));
        assertEquals(200, r.status(), r.body());
        ImportPreview p = read(r, ImportPreview.class);
        assertEquals("date", p.mapping().get("DATE"));
        assertEquals(client.id(), p.rows().get(0).clientId());
        assertEquals(1, p.newRows());
        assertEquals(0, purchases());
    }

    @Test
    void chinese_headers_and_semicolons_are_understood() {
        String file = "日期;客户;产品;数量;金额;毛利\n2026-02-01;" + client.name() + ";" + rice.name() + ";5;20;4\n";
        ImportPreview p = read(
                send("harbour.manager", POST("/api/v1/purchase-imports/preview", new PurchaseImport(file, null))),
                ImportPreview.class);
        assertTrue(p.errors().isEmpty(), p.errors().toString());
        assertEquals("kg", p.rows().get(0).unit());
    }

    @Test
    void a_file_with_errors_reports_each_by_line_and_imports_nothing() {
        String file = csv(
                row("2026-01-05", "10"),
                row("2026-13-01", "10"),
                row("2026-01-07", "-3"),
                "2026-01-08,Nobody Known," + rice.name() + ",1,1,1,counter");
        Reply r = send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(file, null)));
        assertEquals(422, r.status());
        ProblemView problem = read(r, ProblemView.class);
        assertEquals("import-has-errors", problem.code());
        assertEquals("lines[3].date", problem.errors().get(0).field());
        assertEquals("lines[4].quantity", problem.errors().get(1).field());
        assertEquals("lines[5].client", problem.errors().get(2).field());
        assertEquals(0, purchases());
    }

    @Test
    void the_valid_lines_alone_are_imported_when_asked_and_the_others_counted() {
        String file = csv(row("2026-01-05", "10"), row("2026-13-01", "10"), row("2026-01-07", "4"));
        Reply r = send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(file, null, true)));
        assertEquals(200, r.status(), r.body());
        ImportResult result = read(r, ImportResult.class);
        assertEquals(2, result.imported());
        assertEquals(1, result.withProblems());
        assertEquals(3, result.lines());
        assertEquals(2, purchases());
        // the fixed file later adds only the line that was left out
        String fixed = csv(row("2026-01-05", "10"), row("2026-01-06", "10"), row("2026-01-07", "4"));
        ImportResult again = read(
                send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(fixed, null))),
                ImportResult.class);
        assertEquals(1, again.imported());
        assertEquals(2, again.alreadyImported());
    }

    @Test
    void importing_the_same_file_twice_adds_its_rows_once() {
        // two identical rows are two purchases (the same bag bought twice that day), not a duplicate
        String file = csv(row("2026-01-05", "10"), row("2026-01-05", "10"), row("2026-02-04", "10"));
        ImportResult first = read(
                send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(file, null))),
                ImportResult.class);
        assertEquals(3, first.imported());
        ImportResult again = read(
                send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(file, null))),
                ImportResult.class);
        assertEquals(0, again.imported());
        assertEquals(3, again.alreadyImported());
        assertEquals(3, purchases());
    }

    @Test
    void a_mapping_names_the_columns_of_an_unusual_file() {
        String file =
                "Day,Customer ref,Item,Qty,Paid,Profit\n2026-03-01," + client.id() + "," + rice.name() + ",2,9.90,2\n";
        Map<String, String> mapping = Map.of(
                "DATE",
                "Day",
                "CLIENT",
                "Customer ref",
                "PRODUCT",
                "Item",
                "QUANTITY",
                "Qty",
                "AMOUNT",
                "Paid",
                "MARGIN",
                "Profit");
        ImportResult r = read(
                send("harbour.manager", POST("/api/v1/purchase-imports", new PurchaseImport(file, mapping))),
                ImportResult.class);
        assertEquals(1, r.imported());
    }

    @Test
    void a_missing_required_column_is_named() {
        Reply r = send(
                "harbour.manager",
                POST("/api/v1/purchase-imports/preview", new PurchaseImport("date,client\n2026-01-01,x\n", null)));
        assertEquals(400, r.status());
        assertTrue(read(r, ProblemView.class).errors().stream()
                .anyMatch(e -> e.field().equals("mapping.PRODUCT")));
    }

    @Test
    void a_purchase_with_too_precise_an_amount_names_the_field() {
        Reply r = send(
                "harbour.manager",
                POST(
                        "/api/v1/clients/" + client.id() + "/purchases",
                        ValueFixtures.purchase(rice.id(), 1, "1", "10.555", "1")));
        assertEquals(400, r.status());
        assertTrue(r.body().contains("amount"), r.body());
    }
}
