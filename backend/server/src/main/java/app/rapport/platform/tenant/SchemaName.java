package app.rapport.platform.tenant;

import java.util.regex.Pattern;

/**
 * A tenant schema name. It is concatenated into SQL by the schema switch, so it only ever comes from the catalog
 * and must match {@code ^t_[a-z0-9_]{3,40}$}; anything else is refused before it reaches a statement.
 */
record SchemaName(String value) {
    private static final Pattern VALID = Pattern.compile("^t_[a-z0-9_]{3,40}$");

    SchemaName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tenant schema name: " + value);
        }
    }

    static SchemaName forSlug(String slug) {
        return new SchemaName("t_" + slug.replace('-', '_'));
    }
}
