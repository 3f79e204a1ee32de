package app.rapport.api.survey;

/**
 * Which SERVQUAL wording an instrument asks: the 1988 one, whose items 10–13 and 18–22 are negatively worded and
 * scored 8 − x before any gap, or the 1991 refinement, positive throughout.
 */
public enum ServqualWording {
    W1988,
    W1991
}
