package app.rapport.api.benchmark;

/**
 * Where a target's actual comes from. MANUAL takes measurements by hand; the others are computed from Rapport's own
 * data over the 30 days up to the day measured, each with a fixed unit and direction:
 * STEP_DURATION median minutes of touchpoints at a blueprint step (lower is better), CARE_ON_TIME_RATE percent of
 * care actions done by their due day (higher), AVERAGE_REACTION mean client rating 1–5 (higher), SURPRISE_SHARE
 * percent of touchpoints with a service level that delivered SURPRISE (higher), INQUIRY_RESPONSE median days from a
 * touchpoint that promised a follow-up to that follow-up being done (lower); SURVEY_CSAT percent of the CSAT answers
 * in their positive band (higher), SURVEY_NPS the net promoter score −100…100 (higher), SERVQUAL_GAP a SERVQUAL
 * dimension's gap, perception − expectation on the 7-point scale, over the 365 days up to the day measured (a wave
 * is asked once or twice a year; higher, that is nearer to or above zero, is better).
 */
public enum MetricSource {
    MANUAL,
    STEP_DURATION,
    CARE_ON_TIME_RATE,
    AVERAGE_REACTION,
    SURPRISE_SHARE,
    INQUIRY_RESPONSE,
    SURVEY_CSAT,
    SURVEY_NPS,
    SERVQUAL_GAP
}
