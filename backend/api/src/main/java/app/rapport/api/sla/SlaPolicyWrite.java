package app.rapport.api.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A service-level policy: a target per milestone the tenant measures (at most one each; those left out are not measured). */
@Serdeable
public record SlaPolicyWrite(@Nullable @Size(max = 8) List<@NotNull @Valid MilestoneTarget> targets) {
    public SlaPolicyWrite {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
