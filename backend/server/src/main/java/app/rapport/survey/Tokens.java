package app.rapport.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Invitation tokens: the tenant's slug, a dot, and 32 random bytes (base64url) — the slug says which schema to look
 * in, the random part is the secret. Only the SHA-256 of the whole token is stored; the token itself is shown once.
 */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("([a-z0-9][a-z0-9-]{1,39})\\.([A-Za-z0-9_-]{43})");

    private Tokens() {}

    static String fresh(String slug) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return slug + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The slug a well-formed token names; empty for anything else (which is then unknown, like a wrong secret). */
    static Optional<String> slugOf(String token) {
        var m = SHAPE.matcher(token == null ? "" : token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
