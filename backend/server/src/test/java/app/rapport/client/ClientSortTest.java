package app.rapport.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.platform.web.ETags;
import app.rapport.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class ClientSortTest {

    @Test
    void no_sort_means_by_name_ascending() {
        assertEquals(new ClientSort.Parsed(ClientSort.NAME, false), ClientSort.parse(null));
    }

    @Test
    void a_leading_minus_sorts_descending() {
        ClientSort.Parsed p = ClientSort.parse("-updatedAt");
        assertEquals(ClientSort.UPDATED, p.by());
        assertTrue(p.descending());
    }

    @Test
    void an_unknown_property_is_refused_naming_sort() {
        ProblemException e = assertThrows(ProblemException.class, () -> ClientSort.parse("passwordHash"));
        assertEquals("sort", e.errors().get(0).field());
    }

    @Test
    void etags_round_trip_the_version_strong_or_weak() {
        assertEquals("\"7\"", ETags.of(7));
        assertEquals(7, ETags.version("\"7\""));
        assertEquals(7, ETags.version("W/\"7\""));
        assertThrows(ProblemException.class, () -> ETags.version("\"seven\""));
    }
}
