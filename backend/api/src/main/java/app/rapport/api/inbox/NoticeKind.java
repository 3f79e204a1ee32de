package app.rapport.api.inbox;

/**
 * Why a member is told: a complaint assigned to their department, a remedy waiting for their approval, a milestone
 * at its warning share, a milestone breached (or a later escalation level), a control chart's signal (args: metric,
 * week, rule; no complaint).
 */
public enum NoticeKind {
    COMPLAINT_ASSIGNED,
    APPROVAL_WAITING,
    MILESTONE_WARNING,
    MILESTONE_BREACHED,
    CHART_SIGNAL
}
