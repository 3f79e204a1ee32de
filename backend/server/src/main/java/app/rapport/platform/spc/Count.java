package app.rapport.platform.spc;

/**
 * One period of an attribute series: {@code events} out of (p-chart: at most) or per (u-chart) {@code exposure} — e.g.
 * 12 care actions late of 80 due, or 3 complaints per 140 touchpoints.
 */
public record Count(long events, long exposure) {
    public Count {
        if (events < 0 || exposure <= 0) {
            throw new IllegalArgumentException(
                    "a period needs events >= 0 and exposure > 0: " + events + "/" + exposure);
        }
    }
}
