package app.rapport.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "A token is verified once and reused until its own expiry, never longer than five minutes, never another's." */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Authentication expiringAt(Instant exp) {
        return Authentication.build("amy", List.of("account-manager"), Map.of("exp", exp.getEpochSecond()));
    }

    @Test
    void a_verified_token_is_reused_until_it_expires() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.keep("a.b.c", expiringAt(NOW.plusSeconds(120)), NOW);
        assertEquals(
                "amy", tokens.find("a.b.c", NOW.plusSeconds(119)).orElseThrow().getName());
        assertTrue(tokens.find("a.b.c", NOW.plusSeconds(120)).isEmpty());
    }

    @Test
    void a_long_lived_token_is_verified_again_after_five_minutes() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.keep("a.b.c", expiringAt(NOW.plusSeconds(3600)), NOW);
        assertTrue(tokens.find("a.b.c", NOW.plusSeconds(299)).isPresent());
        assertTrue(tokens.find("a.b.c", NOW.plusSeconds(300)).isEmpty());
    }

    @Test
    void a_changed_token_is_another_token() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.keep("a.b.c", expiringAt(NOW.plusSeconds(120)), NOW);
        assertTrue(tokens.find("a.b.d", NOW).isEmpty());
    }

    @Test
    void a_token_without_an_expiry_or_already_expired_is_not_kept() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.keep("x", Authentication.build("amy", List.of(), Map.of()), NOW);
        tokens.keep("y", expiringAt(NOW.minusSeconds(1)), NOW);
        assertEquals(0, tokens.size());
    }

    @Test
    void the_cache_never_holds_more_than_its_capacity() {
        VerifiedTokens tokens = new VerifiedTokens();
        for (int i = 0; i < VerifiedTokens.CAPACITY + 50; i++) {
            tokens.keep("t" + i, expiringAt(NOW.plusSeconds(120)), NOW);
        }
        assertTrue(tokens.size() <= VerifiedTokens.CAPACITY, "size " + tokens.size());
    }
}
