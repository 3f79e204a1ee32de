package app.rapport.api.survey;

/**
 * Why a rule's invitation was not sent when it fell due: the client had opted out, had been asked within the
 * suppression window, the instrument was archived meanwhile, or the complaint it followed was reopened first.
 */
public enum SkipReason {
    OPTED_OUT,
    SUPPRESSED,
    ARCHIVED,
    COMPLAINT_REOPENED
}
