package app.rapport.ui.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A tier's badge text is black on pale colours and white on dark ones, whichever contrasts more. */
class TierBadgeTest {
    @Test
    void the_text_contrasts_with_the_tier_colour() {
        assertEquals("#000000", TierBadge.readableOn("#fff4b0"), "pale yellow");
        assertEquals("#000000", TierBadge.readableOn("#9aa5b1"), "light grey");
        assertEquals("#ffffff", TierBadge.readableOn("#1a7f5a"), "dark green");
        assertEquals("#ffffff", TierBadge.readableOn("#c0392b"), "brick red");
    }
}
