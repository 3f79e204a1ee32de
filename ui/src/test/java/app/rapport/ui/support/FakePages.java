package app.rapport.ui.support;

import app.rapport.api.common.PageView;
import java.util.List;

/** One page of a fake's list, as the API pages it (0-based, 25 by default). */
final class FakePages {
    private FakePages() {}

    static <T> PageView<T> of(List<T> all, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 25 : size;
        return new PageView<>(all.stream().skip((long) p * s).limit(s).toList(), p, s, all.size());
    }
}
