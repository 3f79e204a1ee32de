package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A survey instrument as an admin composes it: its name (as written, with optional translations), its questions in
 * the order asked (at most one each of CSAT, NPS, EFFORT and SERVQUAL), and the CSAT scores that count as satisfied:
 * {@code positiveFrom} to 5 (default 4).
 */
@Serdeable
public record InstrumentWrite(
        @NotBlank @Size(max = 200) String name,
        @Nullable Translated nameTranslations,
        @NotEmpty @Size(max = 30) @Valid List<Question> questions,
        @Nullable @Min(1) @Max(5) Integer positiveFrom) {}
