package app.rapport.api.survey;

import app.rapport.api.complaint.ComplaintCause;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The answer to one question, named by its key: a score (scored questions), text (TEXT), the reasons for a low
 * score, or the SERVQUAL items and importance points.
 */
@Serdeable
public record Answer(
        String key,
        @Nullable Integer score,
        @Nullable @Size(max = 2000) String text,
        @Nullable List<ComplaintCause> reasons,
        @Nullable List<ItemAnswer> items,
        @Nullable List<DimensionPoints> points) {}
