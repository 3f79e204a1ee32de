package app.rapport.platform.web;

import java.util.List;
import java.util.function.Function;

/** One item of a list the caller may read, by id: what a {@code Location} of a new item points at. */
public final class Items {
    private Items() {}

    public static <T> T one(List<T> items, Function<T, String> id, String wanted, String what) {
        return items.stream()
                .filter(i -> wanted.equals(id.apply(i)))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(what + " " + wanted));
    }
}
