package app.rapport.api.survey;

/** The five SERVQUAL dimensions and their items (1-based, as numbered in the 1988 instrument). */
public enum ServqualDimension {
    TANGIBLES(1, 4),
    RELIABILITY(5, 9),
    RESPONSIVENESS(10, 13),
    ASSURANCE(14, 17),
    EMPATHY(18, 22);

    private final int first;
    private final int last;

    ServqualDimension(int first, int last) {
        this.first = first;
        this.last = last;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    public static ServqualDimension of(int item) {
        for (ServqualDimension d : values()) {
            if (item >= d.first && item <= d.last) {
                return d;
            }
        }
        throw new IllegalArgumentException("SERVQUAL has items 1–22, not " + item);
    }
}
