package app.rapport.api.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a list: the items, the page number (0-based), the page size and the total number of items. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long total) {}
