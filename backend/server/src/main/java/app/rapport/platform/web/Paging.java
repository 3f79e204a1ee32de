package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;
import io.micronaut.core.annotation.Nullable;

/** A page request checked at the edge: page from 0 (default 0), size from 1 to a list's maximum (default 25). */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 25;

    public static Paging of(@Nullable Integer page, @Nullable Integer size, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.badField("page", FieldCode.AT_LEAST, "min", 0);
        }
        if (s < 1 || s > maxSize) {
            throw ProblemException.badField("size", FieldCode.RANGE, "min", 1, "max", maxSize);
        }
        return new Paging(p, s);
    }
}
