package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whole blueprint in one request: its first draft's steps, and flows naming steps by their place in that list
 * (0 is the first step).
 */
@Serdeable
public record BlueprintImport(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 1000) String description,
        @NotNull @Size(max = 200) List<@Valid StepWrite> steps,
        @NotNull @Size(max = 1000) List<@Valid Flow> flows,
        @Nullable Translated nameTranslations) {

    /** Steps or flows not sent are none (typed clients leave empty lists out of what they send). */
    public BlueprintImport {
        steps = steps == null ? List.of() : steps;
        flows = flows == null ? List.of() : flows;
    }

    public BlueprintImport(String name, @Nullable String description, List<StepWrite> steps, List<Flow> flows) {
        this(name, description, steps, flows, null);
    }

    /** A flow between the steps at these places of {@code steps}. */
    @Serdeable
    public record Flow(
            @Min(0) @Max(199) int from, @Min(0) @Max(199) int to) {}
}
