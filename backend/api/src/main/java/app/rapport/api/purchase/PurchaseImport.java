package app.rapport.api.purchase;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A CSV file of purchases and how its columns map to purchase fields ({@link ImportField} name → header). Without
 * a mapping, headers named like the fields (in English or Chinese) are recognised. {@code validOnly}: import the lines
 * without problems and leave the others, instead of refusing the whole file.
 */
@Serdeable
public record PurchaseImport(
        @NotBlank @Size(max = 5_000_000) String csv,
        @Nullable Map<String, String> mapping,
        boolean validOnly) {
    @Creator
    public PurchaseImport {}

    /** The whole file or nothing. */
    public PurchaseImport(String csv, @Nullable Map<String, String> mapping) {
        this(csv, mapping, false);
    }
}
