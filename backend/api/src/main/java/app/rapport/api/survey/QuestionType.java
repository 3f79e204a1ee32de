package app.rapport.api.survey;

/**
 * What a question asks. CSAT: satisfaction 1–5; NPS: likelihood to recommend 0–10; EFFORT: how easy it was, 1–7 (7
 * very easy); TEXT: in the client's own words; SERVQUAL: the 22 statements, each as expectation and perception on a
 * 7-point scale, optionally with 100 importance points over the five dimensions.
 */
public enum QuestionType {
    CSAT(1, 5),
    NPS(0, 10),
    EFFORT(1, 7),
    TEXT(0, 0),
    SERVQUAL(1, 7);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** The lowest score of the scale (TEXT has none). */
    public int min() {
        return min;
    }

    /** The highest score of the scale. */
    public int max() {
        return max;
    }

    /** Whether the question is answered with a score on a scale (not text, not the SERVQUAL block). */
    public boolean scored() {
        return this == CSAT || this == NPS || this == EFFORT;
    }
}
