package app.rapport.ui.platform.layout;

import app.rapport.api.common.ProblemView.FieldProblem;
import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;

/**
 * The one way an API refusal reaches a form: each field problem is worded on its field in the user's language, and
 * what no field of the form shows becomes a notice — nothing the API said is swallowed.
 */
public final class FieldErrors {
    private FieldErrors() {}

    /**
     * Marks a required field that is empty ("Required" in the reader's language) or clears its mark; answers whether
     * it was missing, so that a form checks all its required fields before it answers.
     */
    public static boolean missing(HasValidation field, boolean empty) {
        field.setInvalid(empty);
        if (empty) {
            field.setErrorMessage(com.vaadin.flow.component.UI.getCurrent().getTranslation("validation.required"));
        }
        return empty;
    }

    /** Shows the refusal on the form's fields (named as the API names them), else as a notice. */
    public static void show(ApiProblem p, Map<String, ? extends HasValidation> fields) {
        if (!onFields(p.fields(), fields)) {
            Notices.problem(p);
        }
    }

    /** Puts each problem on its field; answers whether any field showed one. */
    public static boolean onFields(List<FieldProblem> problems, Map<String, ? extends HasValidation> fields) {
        boolean shown = false;
        for (FieldProblem f : problems) {
            HasValidation field = fields.get(f.field());
            if (field != null) {
                field.setErrorMessage(Wording.field(f));
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }
}
