package app.rapport.platform.web;

import app.rapport.api.common.ProblemCode;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps the public routes at {@code rapport.public.requests-per-minute} per caller address and minute (429
 * problem+json with {@code Retry-After}), so that nobody can try tokens by the thousand or flood the answers. The
 * address is the connection's, or — only when the connection comes from one of {@code rapport.public.trusted-proxies}
 * (the UI that serves the form) — the last one its {@code X-Forwarded-For} names. Counted per replica, in memory.
 */
@ServerFilter("/api/v1/public/**")
final class PublicRateLimit implements Ordered {
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(long minute, AtomicInteger count) {}

    private final int perMinute;
    private final List<String> trusted;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimit(
            @Value("${rapport.public.requests-per-minute}") int perMinute,
            @Value("${rapport.public.trusted-proxies}") List<String> trusted,
            Clock clock) {
        this.perMinute = perMinute;
        this.trusted = trusted;
        this.clock = clock;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window w = windows.compute(
                address(request),
                (k, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
        if (w.count().incrementAndGet() <= perMinute) {
            return null;
        }
        long retry = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
        return Problems.response(request, ProblemCode.TOO_MANY_REQUESTS, "too many requests; try again shortly")
                .header("Retry-After", Long.toString(retry));
    }

    private String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String direct = remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(direct)) {
            return direct;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? direct : last;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
