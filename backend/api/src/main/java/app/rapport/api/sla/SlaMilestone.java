package app.rapport.api.sla;

/**
 * What a complaint's clock measures, each from when it starts to what fulfils it: FIRST_RESPONSE, from receipt to the
 * verdict (the client is told whether it stands); DEPARTMENT_ASSIGNED, CAUSE_ANALYSED, REMEDY_APPROVED and RECOVERED,
 * from receipt to that step; FOLLOW_UP, from the remedy's approval to the follow-up ticked; CLOSED, from receipt to
 * the summary; RETURN_RESPONSE, from a reopening to the next step the team takes. A complaint judged not to stand
 * stops the milestones it no longer needs.
 */
public enum SlaMilestone {
    FIRST_RESPONSE,
    DEPARTMENT_ASSIGNED,
    CAUSE_ANALYSED,
    REMEDY_APPROVED,
    RECOVERED,
    FOLLOW_UP,
    CLOSED,
    RETURN_RESPONSE
}
