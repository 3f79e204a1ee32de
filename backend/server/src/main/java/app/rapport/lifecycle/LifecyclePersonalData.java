package app.rapport.lifecycle;

import app.rapport.platform.privacy.PersonalDataExport;
import app.rapport.platform.privacy.PersonalDataPart;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The relationship: the client's stage, owner, time in each stage and stage history, and every stage suggestion.
 * Erasure blanks the reasons people gave and the suggestions' explanations; stages and dates stay for the portfolio.
 */
@Singleton
final class LifecyclePersonalData implements PersonalDataPart {
    private final Stages stages;
    private final SuggestionViews views;
    private final StageChangeRepository changes;
    private final SuggestionRepository suggestions;

    LifecyclePersonalData(
            Stages stages, SuggestionViews views, StageChangeRepository changes, SuggestionRepository suggestions) {
        this.stages = stages;
        this.views = views;
        this.changes = changes;
        this.suggestions = suggestions;
    }

    @Override
    public Set<String> tables() {
        return Set.of("relationship", "stage_change", "stage_suggestion");
    }

    @Override
    public void export(String clientId, PersonalDataExport export) {
        export.relationship(stages.view(clientId))
                .suggestions(views.many(suggestions.findByClientIdOrderByComputedAtDesc(clientId)));
    }

    @Override
    public List<String> erase(String clientId) {
        List<String> touched = new ArrayList<>(changes.idsOf(clientId));
        suggestions.findByClientIdOrderByComputedAtDesc(clientId).forEach(s -> touched.add(s.id()));
        changes.eraseReasons(clientId, ERASED);
        suggestions.eraseTexts(clientId, ERASED);
        return touched;
    }
}
