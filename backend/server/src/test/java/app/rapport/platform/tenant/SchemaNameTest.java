package app.rapport.platform.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaNameTest {

    @Test
    void a_slug_maps_to_a_t_prefixed_schema_with_underscores() {
        assertEquals("t_harbour_hotel", SchemaName.forSlug("harbour-hotel").value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "harbour",
                "t_a",
                "t_UPPER",
                "t_x;drop table client",
                "t_a`b",
                "t_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                ""
            })
    void anything_that_could_escape_the_sql_is_refused(String name) {
        assertThrows(IllegalArgumentException.class, () -> new SchemaName(name));
    }

    @Test
    void the_expected_schema_version_is_the_highest_tenant_migration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/tenant"))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("V"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
            assertEquals(String.valueOf(highest), TenantSchema.CURRENT_VERSION);
        }
    }
}
