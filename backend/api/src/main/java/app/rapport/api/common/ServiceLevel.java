package app.rapport.api.common;

/**
 * The level of service a care action or touchpoint delivered (DOMAIN.md §4, seed 003 §1): BASIC is assumed by the
 * client, EXPECTED is what the client can state, SURPRISE is unexpected delight — the focus of improvement.
 */
public enum ServiceLevel {
    BASIC,
    EXPECTED,
    SURPRISE
}
