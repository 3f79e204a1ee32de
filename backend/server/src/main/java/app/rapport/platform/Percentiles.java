package app.rapport.platform;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Medians and percentiles of values sorted ascending, as the blueprint overlay and the benchmark metrics use them. */
public final class Percentiles {
    private Percentiles() {}

    /** The middle value; the mean of the two middle values for an even count; null for none. */
    public static @Nullable Double median(List<? extends Number> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1
                ? sorted.get(n / 2).doubleValue()
                : (sorted.get(n / 2 - 1).doubleValue() + sorted.get(n / 2).doubleValue()) / 2.0;
    }

    /** The p-th percentile (0 < p ≤ 1) by nearest rank: the value at place ⌈p × n⌉; null for none. */
    public static @Nullable Double nearestRank(List<? extends Number> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = Math.max(1, (int) Math.ceil(p * sorted.size()));
        return sorted.get(rank - 1).doubleValue();
    }
}
