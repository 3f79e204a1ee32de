package app.rapport.api.sla;

/** What a reopening does to a milestone: KEEP it as it stood (a first response stays answered), or RESTART its clock. */
public enum ReopenRule {
    KEEP,
    RESTART
}
