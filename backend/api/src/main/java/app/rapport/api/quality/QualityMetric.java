package app.rapport.api.quality;

/**
 * A series Rapport charts week by week (weeks start on Monday in the tenant's time zone; the week under way is left
 * out until it ends): complaints received per 100 touchpoints logged (u-chart), the share of care actions done by
 * their due day (p-chart), the mean days from receipt to closing of the complaints closed (XmR), and the share of
 * the week's CSAT survey answers in their positive band (p-chart), the share of the week's touchpoints at a blueprint
 * step with a standard time that took no longer than it (p-chart), and the mean days from a touchpoint that promised
 * a follow-up (the client's inquiry) to that follow-up being done, by the week it was done (XmR); and the share of a
 * complaint's service-level milestones fulfilled in the week that were fulfilled within their target (p-chart).
 */
public enum QualityMetric {
    COMPLAINTS_PER_100_TOUCHPOINTS(ChartKind.U),
    CARE_ON_TIME(ChartKind.P),
    COMPLAINT_RESOLUTION_DAYS(ChartKind.XMR),
    CSAT_POSITIVE(ChartKind.P),
    STEP_WITHIN_STANDARD(ChartKind.P),
    INQUIRY_RESPONSE_DAYS(ChartKind.XMR),
    SLA_MET(ChartKind.P);

    private final ChartKind kind;

    QualityMetric(ChartKind kind) {
        this.kind = kind;
    }

    public ChartKind kind() {
        return kind;
    }
}
