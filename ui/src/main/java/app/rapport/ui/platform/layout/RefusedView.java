package app.rapport.ui.platform.layout;

import app.rapport.ui.platform.api.ApiProblem;
import app.rapport.ui.platform.i18n.Wording;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

/**
 * A page the API would not fill — the record is not there (or not the tenant's), the role may not see it, the
 * service is unavailable — said in the user's language inside the layout, with a way back. A view lets the refusal
 * of its loading propagate and lands here.
 */
@ParentLayout(MainLayout.class)
public class RefusedView extends ErrorPage implements HasErrorParameter<ApiProblem> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiProblem> parameter) {
        ApiProblem p = parameter.getException();
        String title =
                switch (p.status()) {
                    case 404 -> "error.notFound.title";
                    case 403 -> "forbidden.title";
                    case 503 -> "error.unavailable.title";
                    default -> "error.title";
                };
        show(title, p.status() == 404 ? getTranslation("error.notFound.record") : Wording.problem(p));
        return p.status();
    }
}
