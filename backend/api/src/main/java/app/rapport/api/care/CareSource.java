package app.rapport.api.care;

/**
 * Where a care action came from: a stage playbook, the client's tier care cadence, a consumption forecast (the
 * replenishment list), a follow-up promised at a touchpoint, planned by hand, the follow-up of a complaint's recovery
 * (its reference is the complaint), or the call-back after a low survey answer (its reference is the invitation).
 */
public enum CareSource {
    PLAYBOOK,
    CADENCE,
    FORECAST,
    FOLLOW_UP,
    MANUAL,
    COMPLAINT,
    SURVEY
}
