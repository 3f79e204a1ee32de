package app.rapport.api.directory;

import app.rapport.api.lifecycle.Stage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a client list shows: a search term, a tier ({@value #NONE} for clients without one), a stage, an owner
 * ({@value #NONE} for unowned clients), only the caller's own clients, clients without contact for at least that
 * many days, and the order ({@code name}, {@code -revenue12m}, …).
 */
@Serdeable
public record ClientFilter(
        @Nullable @Size(max = 200) String q,
        @Nullable @Size(max = 36) String tier,
        @Nullable Stage stage,
        @Nullable @Size(max = 100) String owner,
        boolean mine,
        @Nullable @Min(1) @Max(3650) Integer silentDays,
        @Nullable @Size(max = 40) String sort) {
    public static final String NONE = "-";

    public static ClientFilter all() {
        return new ClientFilter(null, null, null, null, false, null, null);
    }
}
