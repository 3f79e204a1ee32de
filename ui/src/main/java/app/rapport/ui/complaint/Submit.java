package app.rapport.ui.complaint;

import app.rapport.api.complaint.ComplaintView;
import com.vaadin.flow.component.HasValidation;
import io.micronaut.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;

/** How a step's form hands its call to the page: the page sends it, shows the answer, or words the refusal. */
@FunctionalInterface
interface Submit {
    void send(Supplier<HttpResponse<ComplaintView>> call, Map<String, ? extends HasValidation> fields);
}
