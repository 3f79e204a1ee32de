package app.rapport.api.sla;

/**
 * What an escalation step does: tell the complaint's owner, its department's lead, the workspace's admins (the
 * supervisors) or the client's account manager in their inbox; raise the complaint's severity one level; open a care
 * action for the owner to act on it.
 */
public enum EscalationAction {
    NOTIFY_OWNER,
    NOTIFY_LEAD,
    NOTIFY_SUPERVISORS,
    NOTIFY_ACCOUNT_MANAGER,
    RAISE_SEVERITY,
    OPEN_CARE_ACTION
}
