package app.rapport.client;

import app.rapport.api.common.FieldCode;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import java.util.Arrays;
import java.util.List;

/** The orders a client list can be sorted in: {@code name}, {@code -name}, {@code city}, ... ({@code -} = descending). */
public enum ClientSort {
    NAME("name"),
    CITY("city"),
    CREATED("createdAt"),
    UPDATED("updatedAt");

    private final String property;

    ClientSort(String property) {
        this.property = property;
    }

    public record Parsed(ClientSort by, boolean descending) {
        Sort sort() {
            Sort.Order first = descending ? Sort.Order.desc(by.property) : Sort.Order.asc(by.property);
            return Sort.of(first, Sort.Order.asc("id"));
        }
    }

    static Parsed parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return new Parsed(NAME, false);
        }
        boolean desc = value.startsWith("-");
        String name = desc ? value.substring(1) : value;
        return Arrays.stream(values())
                .filter(s -> s.property.equals(name))
                .findFirst()
                .map(s -> new Parsed(s, desc))
                .orElseThrow(() -> ProblemException.badField(
                        "sort",
                        FieldCode.ONE_OF,
                        "allowed",
                        List.of(
                                "name",
                                "-name",
                                "city",
                                "-city",
                                "createdAt",
                                "-createdAt",
                                "updatedAt",
                                "-updatedAt")));
    }
}
