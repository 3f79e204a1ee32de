package app.rapport.api.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a complaint's history: what happened, the status it left and reached, what the person wrote, and
 * machine values a UI words ({@code args}: the causes, the department, the checklist item, the verdict).
 */
@Serdeable
public record ComplaintEventView(
        Instant at,
        String actor,
        ComplaintEventKind kind,
        @Nullable ComplaintStatus fromStatus,
        ComplaintStatus toStatus,
        @Nullable String note,
        Map<String, Object> args) {}
