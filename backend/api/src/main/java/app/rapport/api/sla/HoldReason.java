package app.rapport.api.sla;

/** Why a complaint waits on someone else: the client, or a third party (a supplier, a carrier, an insurer). */
public enum HoldReason {
    WAITING_FOR_CLIENT,
    WAITING_FOR_THIRD_PARTY
}
