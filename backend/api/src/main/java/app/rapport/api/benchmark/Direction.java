package app.rapport.api.benchmark;

public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}
