package app.rapport.platform.web;

import java.util.List;
import java.util.function.Function;

/** One item of a list the caller may read, by id: what a {@code Location} of a new item points at. */
public final class Items {
    private Items() {}

    /** One page of a list computed whole (0-based page), with the list's total. */
    public static <T> app.rapport.api.common.PageView<T> page(List<T> all, Paging paging) {
        List<T> items = all.stream()
                .skip((long) paging.page() * paging.size())
                .limit(paging.size())
                .toList();
        return new app.rapport.api.common.PageView<>(items, paging.page(), paging.size(), all.size());
    }

    public static <T> T one(List<T> items, Function<T, String> id, String wanted, String what) {
        return items.stream()
                .filter(i -> wanted.equals(id.apply(i)))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(what + " " + wanted));
    }
}
