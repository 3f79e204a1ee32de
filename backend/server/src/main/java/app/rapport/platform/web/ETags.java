package app.rapport.platform.web;

import app.rapport.api.common.FieldCode;

/** Strong ETags carrying a row's optimistic-locking version: {@code "3"}. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** {@code If-Match: *} (RFC 9110 §13.1.1): any current version will do, as long as the resource exists. */
    public static final long ANY = -1;

    /** The version a required {@code If-Match} names (428 naming {@code what} when it is missing). */
    public static long required(@io.micronaut.core.annotation.Nullable String ifMatch, String what) {
        if (ifMatch == null) {
            throw new ProblemException(
                    app.rapport.api.common.ProblemCode.IF_MATCH_REQUIRED,
                    "send the ETag of the " + what + " you read as If-Match");
        }
        return version(ifMatch);
    }

    /** The version an {@code If-Match} names, or {@link #ANY} for {@code *}. */
    public static long version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.equals("*")) {
            return ANY;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("If-Match", FieldCode.ETAG);
        }
    }
}
