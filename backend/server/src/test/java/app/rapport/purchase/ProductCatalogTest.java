package app.rapport.purchase;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.api.common.PageView;
import app.rapport.api.purchase.ProductView;
import app.rapport.support.ApiTest;
import app.rapport.support.ValueFixtures;
import io.micronaut.core.type.Argument;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The product catalog is read page by page by name, and searched by name (a literal, not a pattern). */
class ProductCatalogTest extends ApiTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PageView<ProductView> page(String query) {
        Reply r = send("harbour.staff", GET("/api/v1/products" + query));
        assertEquals(200, r.status(), r.body());
        return (PageView<ProductView>) read(r, (Argument) Argument.of(PageView.class, ProductView.class));
    }

    @Test
    void the_catalog_is_paged_by_name_and_searched() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (String n : List.of("C", "A", "B", "D_")) {
            assertEquals(
                    201,
                    send("harbour.manager", POST("/api/v1/products", ValueFixtures.product(tag + " " + n, "kg", null)))
                            .status());
        }
        PageView<ProductView> first = page("?q=" + tag + "&size=2");
        assertEquals(4, first.total());
        assertEquals(
                List.of(tag + " A", tag + " B"),
                first.items().stream().map(ProductView::name).toList());
        assertEquals(
                List.of(tag + " C", tag + " D_"),
                page("?q=" + tag + "&size=2&page=1").items().stream()
                        .map(ProductView::name)
                        .toList());
        assertEquals(1, page("?q=" + tag + "%20D_").total(), "an underscore is a literal");
        assertEquals(
                400, send("harbour.staff", GET("/api/v1/products?size=5000")).status());
    }
}
