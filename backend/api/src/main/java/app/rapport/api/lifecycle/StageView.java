package app.rapport.api.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A client's relationship: stage since when, owner, days spent in each stage, the stage history (newest first) and
 * the open suggestion, if any.
 */
@Serdeable
public record StageView(
        String clientId,
        Stage stage,
        Instant since,
        @Nullable String owner,
        List<StageTime> timeInStages,
        List<StageChangeView> history,
        @Nullable SuggestionView suggestion) {}
