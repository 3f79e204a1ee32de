package app.rapport.api.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A CSV file of clients and how its columns map to client fields ({@link ClientImportField} name → header; without a
 * mapping, headers named like the fields in English or Chinese are recognised). {@code validOnly}: import the lines
 * without problems and leave the others, instead of refusing the whole file.
 */
@Serdeable
public record ClientImport(
        @NotBlank @Size(max = 5_000_000) String csv,
        @Nullable Map<String, String> mapping,
        boolean validOnly) {}
