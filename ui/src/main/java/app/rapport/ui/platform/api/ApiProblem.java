package app.rapport.ui.platform.api;

import app.rapport.api.common.ProblemView;
import app.rapport.api.common.ProblemView.FieldProblem;
import java.util.List;
import java.util.Map;

/** The API said no: its problem document, for the UI to show in the user's words. */
public final class ApiProblem extends RuntimeException {
    private final ProblemView problem;

    public ApiProblem(ProblemView problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public int status() {
        return problem.status();
    }

    public String code() {
        return problem.code() == null ? "error" : problem.code();
    }

    public String detail() {
        return problem.detail();
    }

    /** The values the wording of the code needs. */
    public Map<String, Object> args() {
        return problem.args() == null ? Map.of() : problem.args();
    }

    public List<FieldProblem> fields() {
        return problem.errors() == null ? List.of() : problem.errors();
    }
}
