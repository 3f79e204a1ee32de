package app.rapport.api.survey;

import app.rapport.api.common.Translated;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The satisfaction index: the mean CSAT answer (1–5, every instrument's CSAT question) of the answers submitted in
 * each period from–to of the tenant's calendar, per product, service or tier — the seed's table of products P1–P3
 * over three years is the model. Each cell has its n and a 95 % confidence interval of the mean (Student's t with
 * n − 1 degrees of freedom; none below two answers). {@code periods} lists every period of the range, in order, and
 * each row has a cell for each, plus the whole range in {@code overall}; rows are the groups that had answers, most
 * answers first, the answers without a group (a survey that named no product) last with a null key.
 */
@Serdeable
public record SatisfactionIndex(
        IndexGrouping by, IndexPeriod period, LocalDate from, LocalDate to, List<String> periods, List<Row> rows) {

    /** A product, service or tier (its id; a tier's id is its key), its name where it has one. */
    @Serdeable
    public record Row(
            @Nullable String key, @Nullable String name, Translated nameTranslations, List<Cell> cells, Cell overall) {}

    /** One period's mean with its n and interval (null without answers; the interval null below two). */
    @Serdeable
    public record Cell(
            String period,
            int n,
            @Nullable Double mean,
            @Nullable Double low,
            @Nullable Double high) {}
}
