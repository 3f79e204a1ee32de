package app.rapport.api.onetoone;

/** PROPOSED until the client answers; EXPIRED when still unanswered after its last valid day. */
public enum OfferStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
