package app.rapport.api.survey;

/**
 * How a client gave their answers: through the link's form themselves, or to someone of the tenant who recorded
 * them — on the phone, on a paper form, in person.
 */
public enum SurveyChannel {
    FORM,
    PHONE,
    PAPER,
    IN_PERSON
}
