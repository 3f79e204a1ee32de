package app.rapport.directory;

import app.rapport.api.common.FieldCode;
import app.rapport.platform.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * The orders the client list can be sorted in ({@code -} = descending; clients without a value come last either way,
 * and ties are broken by name and id). The SQL here is fixed text: nothing the caller sends reaches the statement.
 */
enum DirectorySort {
    NAME("name", "x.name"),
    CITY("city", "x.city"),
    TIER("tier", "x.tier_rank"),
    STAGE("stage", "FIELD(x.stage, 'EXPLORATION', 'FORMATION', 'STABILITY', 'DECLINE')"),
    OWNER("owner", "x.owner"),
    REVENUE("revenue12m", "x.revenue12m"),
    LAST_CONTACT("lastContactAt", "x.last_contact_at"),
    CREATED("createdAt", "x.created_at"),
    UPDATED("updatedAt", "x.updated_at");

    private final String property;
    private final String expression;

    DirectorySort(String property, String expression) {
        this.property = property;
        this.expression = expression;
    }

    record Parsed(DirectorySort by, boolean descending) {
        String orderBy() {
            String direction = descending ? " DESC" : " ASC";
            return by.expression + " IS NULL, " + by.expression + direction + ", x.name ASC, x.id ASC";
        }
    }

    /** The order asked for; {@code revenue12m} only for those who may see revenue. */
    static Parsed parse(@Nullable String value, boolean revenueVisible) {
        List<DirectorySort> allowed = Arrays.stream(values())
                .filter(s -> revenueVisible || s != REVENUE)
                .toList();
        if (value == null || value.isBlank()) {
            return new Parsed(NAME, false);
        }
        boolean desc = value.startsWith("-");
        String name = desc ? value.substring(1) : value;
        return allowed.stream()
                .filter(s -> s.property.equals(name))
                .findFirst()
                .map(s -> new Parsed(s, desc))
                .orElseThrow(() -> ProblemException.badField(
                        "sort",
                        FieldCode.ONE_OF,
                        "allowed",
                        allowed.stream()
                                .flatMap(s -> java.util.stream.Stream.of(s.property, "-" + s.property))
                                .toList()));
    }
}
