package app.rapport.complaint;

import app.rapport.api.complaint.ComplaintCause;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * Where else clients name a cause of their dissatisfaction than in a complaint — the "why?" of a low survey answer —
 * so that the complaint cause statistics hear them too (implemented by the features that ask).
 */
public interface CauseVoices {
    /** One cause a client named at {@code at}, with the product it was about and the client's tier, where known. */
    record Voice(
            ComplaintCause cause,
            Instant at,
            @Nullable String productId,
            @Nullable String tierId) {}

    /** The causes named in [from, until). */
    List<Voice> named(Instant from, Instant until);
}
