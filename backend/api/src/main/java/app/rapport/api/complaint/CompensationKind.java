package app.rapport.api.complaint;

/** What a symbolic compensation was. */
public enum CompensationKind {
    GIFT,
    VOUCHER,
    DISCOUNT,
    REFUND,
    FREE_SERVICE,
    OTHER
}
