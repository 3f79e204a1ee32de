package app.rapport.platform.security;

import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens already verified (signature, issuer, audience, expiry) and the authentication each gave, so that a
 * token is verified once, not on every request. An entry is keyed by the token's SHA-256 (a changed byte is another
 * token, verified afresh), lives until the token's own {@code exp} and never longer than {@link #AT_MOST} (so a key
 * rotated out of the realm stops being honoured within that time), and the cache holds at most {@link #CAPACITY}
 * tokens. A token without an expiry is never kept.
 */
final class VerifiedTokens {
    static final int CAPACITY = 10_000;
    static final long AT_MOST_SECONDS = 300;

    private record Entry(Authentication authentication, Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<Authentication> find(String token, Instant now) {
        String key = key(token);
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.until())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.authentication());
    }

    void keep(String token, Authentication authentication, Instant now) {
        Optional<Instant> exp = expiry(authentication);
        if (exp.isEmpty() || !now.isBefore(exp.get())) {
            return;
        }
        Instant until =
                exp.get().isBefore(now.plusSeconds(AT_MOST_SECONDS)) ? exp.get() : now.plusSeconds(AT_MOST_SECONDS);
        if (entries.size() >= CAPACITY) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= CAPACITY) {
                entries.clear(); // a burst of distinct tokens: start again rather than grow
            }
        }
        entries.put(key(token), new Entry(authentication, until));
    }

    int size() {
        return entries.size();
    }

    static Optional<Instant> expiry(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        if (exp instanceof Date d) {
            return Optional.of(d.toInstant());
        }
        if (exp instanceof Instant i) {
            return Optional.of(i);
        }
        return Optional.empty();
    }

    private static String key(String token) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
