package app.rapport.api.blueprint;

/**
 * The four lanes of a blueprint, top to bottom. The line of interaction lies between CLIENT_ACTIONS and FRONT_STAGE,
 * the line of visibility between FRONT_STAGE and BACK_STAGE, the line of internal interaction between BACK_STAGE
 * and SUPPORT_PROCESSES.
 */
public enum Lane {
    CLIENT_ACTIONS,
    FRONT_STAGE,
    BACK_STAGE,
    SUPPORT_PROCESSES
}
