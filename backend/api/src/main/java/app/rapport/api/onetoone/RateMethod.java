package app.rapport.api.onetoone;

/** Where a rate of use comes from. */
public enum RateMethod {
    /** Entered by hand; wins over everything else. */
    MANUAL,
    /** The median of quantity ÷ interval over the client's recent purchases of the product. */
    LEARNED,
    /** Too few purchases to learn from: the product's typical daily usage. */
    TYPICAL,
    /** Nothing to go on: no forecast. */
    NONE
}
