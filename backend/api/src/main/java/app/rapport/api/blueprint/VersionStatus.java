package app.rapport.api.blueprint;

/** DRAFT (editable) → PUBLISHED (immutable, touchpoints are logged against it) → RETIRED. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
