package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An instrument as the API shows it: its current version (also the ETag: each save is a new version, and answers
 * keep the version they were given to), its questions, the CSAT band's lower bound, whether it is archived (kept for
 * its answers, no new invitations), and how many invitations it has had and how many were answered.
 */
@Serdeable
public record InstrumentView(
        String id,
        String name,
        Translated nameTranslations,
        int version,
        List<Question> questions,
        int positiveFrom,
        boolean archived,
        int invited,
        int answered,
        Instant updatedAt,
        String updatedBy) {}
