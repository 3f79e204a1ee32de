package app.rapport.onetoone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rapport.api.onetoone.FactType;
import app.rapport.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** "A fact's value must read as its type, and is stored normalised." */
class FactValuePolicyTest {
    @Test
    void numbers_dates_and_yes_no_are_normalised() {
        assertEquals("4", FactValuePolicy.normalised(FactType.NUMBER, " 4 "));
        assertEquals("2026-05-01", FactValuePolicy.normalised(FactType.DATE, "2026-05-01"));
        assertEquals("true", FactValuePolicy.normalised(FactType.YES_NO, "Yes"));
        assertEquals("false", FactValuePolicy.normalised(FactType.YES_NO, "否"));
    }

    @Test
    void a_value_that_does_not_read_as_its_type_names_the_value_field() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> FactValuePolicy.normalised(FactType.DATE, "next May"));
        assertEquals("value", e.errors().get(0).field());
    }
}
