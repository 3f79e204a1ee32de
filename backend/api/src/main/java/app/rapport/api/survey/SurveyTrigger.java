package app.rapport.api.survey;

/** What sent an invitation: an account manager (or an API caller) by hand. */
public enum SurveyTrigger {
    MANUAL
}
