package app.rapport.api.quality;

/**
 * A test for a special cause: Western Electric 1–4 and Nelson 1–8 (Nelson 1, 5, 6 are Western Electric 1, 2, 3).
 */
public enum ChartRule {
    BEYOND_3_SIGMA,
    TWO_OF_THREE_BEYOND_2_SIGMA,
    FOUR_OF_FIVE_BEYOND_1_SIGMA,
    EIGHT_ON_ONE_SIDE,
    NINE_ON_ONE_SIDE,
    SIX_TRENDING,
    FOURTEEN_ALTERNATING,
    FIFTEEN_WITHIN_1_SIGMA,
    EIGHT_OUTSIDE_1_SIGMA
}
