package app.rapport.api.lifecycle;

/**
 * The signals behind a stage suggestion. {@code value} and {@code reference} of a {@link Signal} are, per kind:
 * PURCHASE_LAPSE days since the last purchase / usual days between purchases; VALUE_DROP and VALUE_GROWTH revenue of
 * the last 90 days / of the 90 days before; REPEAT_PURCHASES purchase days in 12 months / the number needed;
 * LONG_RELATIONSHIP days since the first purchase / days needed; NO_RECENT_TOUCHPOINT days since the last touchpoint
 * / the limit; LOW_RATINGS and GOOD_RATINGS the average of the last ratings / the bound; OPEN_COMPLAINTS open
 * complaint follow-ups / 0; NEGATIVE_TOUCHPOINTS negative touchpoints in 30 days / 0; RECENT_PURCHASE days since the
 * last purchase / usual days between purchases; LOW_SURVEYS survey answers in 90 days that were low (a detractor or
 * a dissatisfied score) / 0.
 */
public enum SignalKind {
    PURCHASE_LAPSE,
    VALUE_DROP,
    VALUE_GROWTH,
    REPEAT_PURCHASES,
    LONG_RELATIONSHIP,
    NO_RECENT_TOUCHPOINT,
    LOW_RATINGS,
    GOOD_RATINGS,
    OPEN_COMPLAINTS,
    NEGATIVE_TOUCHPOINTS,
    RECENT_PURCHASE,
    LOW_SURVEYS
}
