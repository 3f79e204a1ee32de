package app.rapport.api.survey;

/**
 * The instruments Rapport ships as a starting point, each in English, 简体中文 and 繁體中文: satisfaction after a
 * complaint (CSAT with a "why?", effort, a comment), the relationship question (NPS with a "why?", a comment), and the
 * 1988 SERVQUAL questionnaire (22 statements, importance points).
 */
public enum InstrumentTemplate {
    AFTER_COMPLAINT,
    RELATIONSHIP,
    SERVQUAL
}
