package app.rapport.platform.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Micronaut's bearer-token authentication, with each token verified once (see {@link VerifiedTokens}): verifying an
 * RSA signature on every request was the hottest path of the API. Which tokens are accepted does not change — a new,
 * forged, tampered or expired token goes through Micronaut's validators as before; what tenant it may reach is still
 * checked against the catalog on every request (a suspended tenant is refused at once).
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class CachingTokenAuthenticationFetcher extends TokenAuthenticationFetcher {
    private final TokenResolver<HttpRequest<?>> resolver;
    private final VerifiedTokens verified = new VerifiedTokens();
    private final Clock clock;

    CachingTokenAuthenticationFetcher(
            List<TokenValidator<HttpRequest<?>>> validators,
            TokenResolver<HttpRequest<?>> resolver,
            ApplicationEventPublisher<TokenValidatedEvent> events,
            HttpHostResolver hosts,
            HttpLocaleResolver locales,
            Clock clock) {
        super(validators, resolver, events, hosts, locales);
        this.resolver = resolver;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = resolver.resolveToken(request);
        if (token.isEmpty()) {
            return super.fetchAuthentication(request);
        }
        Instant now = Instant.now(clock);
        Optional<Authentication> known = verified.find(token.get(), now);
        if (known.isPresent()) {
            return Publishers.just(known.get());
        }
        return Publishers.then(
                super.fetchAuthentication(request), a -> verified.keep(token.get(), a, Instant.now(clock)));
    }
}
