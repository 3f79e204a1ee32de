package app.rapport.quality.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mean's 95 % interval by hand, and Student's t against the published table. */
class MeanIntervalTest {
    @Test
    void five_answers_by_hand() {
        // mean 4; s² = (1 + 0 + 1 + 0 + 0) / 4 = 0.5; s/√5 = 0.31623; t(0.975, 4) = 2.776
        MeanInterval m = MeanInterval.of(List.of(3, 4, 5, 4, 4));
        assertEquals(5, m.n());
        assertEquals(4.0, m.mean(), 1e-12);
        assertEquals(4 - 2.776 * Math.sqrt(0.5 / 5), m.low(), 1e-12);
        assertEquals(4 + 2.776 * Math.sqrt(0.5 / 5), m.high(), 1e-12);
        assertEquals(3.1222, m.low(), 1e-4);
    }

    @Test
    void one_answer_has_a_mean_and_no_interval_and_none_has_neither() {
        MeanInterval one = MeanInterval.of(List.of(2));
        assertEquals(2.0, one.mean());
        assertNull(one.low());
        assertNull(one.high());
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(List.of()));
    }

    @Test
    void two_answers_are_clipped_to_the_scale_they_were_given_on() {
        // mean 3.5, s = 2.1213, half = 12.706 · 2.1213 / √2 = 19.059: −15.56–22.56 on a 1–5 scale, clipped to 1–5
        MeanInterval raw = MeanInterval.of(List.of(2, 5));
        assertEquals(-15.559, raw.low(), 1e-3);
        MeanInterval m = raw.within(1, 5);
        assertEquals(3.5, m.mean(), 1e-12);
        assertEquals(1.0, m.low());
        assertEquals(5.0, m.high());
        // an interval inside the scale is left as it is
        MeanInterval five = MeanInterval.of(List.of(3, 4, 5, 4, 4));
        assertEquals(five, five.within(1, 5));
        assertNull(MeanInterval.of(List.of(2)).within(1, 5).low());
    }

    @Test
    void students_t_follows_the_published_table_and_tends_to_the_normal() {
        assertEquals(12.706, MeanInterval.t975(1), 1e-9);
        assertEquals(2.262, MeanInterval.t975(9), 1e-9);
        assertEquals(2.042, MeanInterval.t975(30), 1e-9);
        assertEquals(2.021, MeanInterval.t975(40), 1e-9);
        assertEquals(2.000, MeanInterval.t975(60), 1e-9);
        assertEquals(1.980, MeanInterval.t975(120), 1e-9);
        // the table's t(0.975, 50) = 2.009; interpolation in 1/df gives it within a thousandth
        assertEquals(2.009, MeanInterval.t975(50), 1e-3);
        assertEquals(1.962, MeanInterval.t975(1000), 1e-3);
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.t975(0));
    }
}
