package app.rapport.care;

import java.util.Collection;
import java.util.Map;

/**
 * What the touchpoint log asks of service blueprints, which depend on care and not the other way round: may a
 * touchpoint be logged against this step — a touchpoint step of a published blueprint version?
 */
public interface LoggableSteps {
    boolean isLoggable(String stepId);

    /** "Blueprint › step" for each of these step ids that exists. */
    Map<String, String> names(Collection<String> stepIds);
}
