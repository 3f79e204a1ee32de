package app.rapport.care;

/**
 * What the touchpoint log asks of service blueprints, which depend on care and not the other way round: may a
 * touchpoint be logged against this step — a touchpoint step of a published blueprint version?
 */
public interface LoggableSteps {
    boolean isLoggable(String stepId);
}
