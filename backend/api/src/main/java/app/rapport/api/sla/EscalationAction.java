package app.rapport.api.sla;

/**
 * What an escalation step does: tell the complaint's owner, its department's lead, the workspace's admins (the
 * supervisors) or the client's account manager in their inbox; raise the complaint's severity one level; hand the
 * complaint to its department's lead (who is told; nothing happens without a department or when the lead holds it
 * already); open a care action for the owner to act on it.
 */
public enum EscalationAction {
    NOTIFY_OWNER,
    NOTIFY_LEAD,
    NOTIFY_SUPERVISORS,
    NOTIFY_ACCOUNT_MANAGER,
    RAISE_SEVERITY,
    REASSIGN_TO_LEAD,
    OPEN_CARE_ACTION
}
