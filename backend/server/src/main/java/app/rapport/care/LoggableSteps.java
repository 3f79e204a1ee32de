package app.rapport.care;

import app.rapport.api.blueprint.StepLabel;
import java.util.Collection;
import java.util.Map;

/**
 * What the touchpoint log asks of service blueprints, which depend on care and not the other way round: may a
 * touchpoint be logged against this step — a touchpoint step of a published blueprint version?
 */
public interface LoggableSteps {
    boolean isLoggable(String stepId);

    /** The blueprint and step names of each of these step ids that exists. */
    Map<String, StepLabel> labels(Collection<String> stepIds);
}
