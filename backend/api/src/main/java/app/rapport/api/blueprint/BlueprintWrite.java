package app.rapport.api.blueprint;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A blueprint's name (unique in the tenant, optionally translated) and what service process it describes. */
@Serdeable
public record BlueprintWrite(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 1000) String description,
        @Nullable Translated nameTranslations) {

    public BlueprintWrite(String name, @Nullable String description) {
        this(name, description, null);
    }
}
