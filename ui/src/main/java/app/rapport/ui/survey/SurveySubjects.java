package app.rapport.ui.survey;

import app.rapport.api.blueprint.BlueprintApi;
import app.rapport.api.common.Translated;
import app.rapport.api.purchase.ProductsApi;
import app.rapport.ui.platform.api.Api;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * What a survey may ask about, for the invitation's choice: the products of the catalog and the services (blueprints)
 * the tenant offers, read when the dialog opens.
 */
@Singleton
public class SurveySubjects {
    /** The most of each offered in one list (the catalog's page). */
    static final int MAX = 200;

    private final ProductsApi products;
    private final BlueprintApi blueprints;
    private final Api api;

    SurveySubjects(ProductsApi products, BlueprintApi blueprints, Api api) {
        this.products = products;
        this.blueprints = blueprints;
        this.api = api;
    }

    /** A product or service: its id, its name as written and the translations a service's name has. */
    public record Subject(String id, String name, Translated translations) {}

    List<Subject> products() {
        return api.call(() -> products.list(null, 0, MAX)).items().stream()
                .map(p -> new Subject(p.id(), p.name(), Translated.NONE))
                .toList();
    }

    List<Subject> services() {
        return api.call(() -> blueprints.blueprints(null, 0, MAX)).items().stream()
                .map(b -> new Subject(b.id(), b.name(), b.nameTranslations()))
                .toList();
    }
}
