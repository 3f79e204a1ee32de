package app.rapport.care;

import app.rapport.api.care.Sentiment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What touchpoints say about each client, for lifecycle signals: when the last touchpoint was,
 * the ratings of the last touchpoints that carried one (newest first, at most {@value #RATINGS}, within a year),
 * negative touchpoints of the last 30 days (sentiment NEGATIVE or rating 1–2).
 */
@Singleton
public class ContactFacts {
    static final int RATINGS = 3;

    /** The facts of one client. */
    public record Facts(@Nullable LocalDate lastTouchpoint, List<Integer> lastRatings, int negativeLast30) {
        public static final Facts NONE = new Facts(null, List.of(), 0);
    }

    private final TouchpointRepository touchpoints;
    private final Clock clock;

    ContactFacts(TouchpointRepository touchpoints, Clock clock) {
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    /** The facts of every client that has any. */
    @Transactional
    public Map<String, Facts> all() {
        Instant yearAgo = Instant.now(clock).minus(365, ChronoUnit.DAYS);
        Map<String, LocalDate> last = new HashMap<>();
        touchpoints.lastTouchpoints().forEach(l -> last.put(l.clientId(), day(l.at())));
        Map<String, List<ReactionRow>> reactions = new HashMap<>();
        touchpoints.reactionsSince(yearAgo).forEach(r -> reactions
                .computeIfAbsent(r.clientId(), k -> new ArrayList<>())
                .add(r));
        Map<String, Facts> result = new HashMap<>();
        for (String id : last.keySet()) {
            result.put(id, facts(last.get(id), reactions.getOrDefault(id, List.of())));
        }
        return result;
    }

    @Transactional
    public Facts ofClient(String clientId) {
        Instant yearAgo = Instant.now(clock).minus(365, ChronoUnit.DAYS);
        List<TouchpointRow> all = touchpoints.newestFirst(clientId);
        if (all.isEmpty()) {
            return Facts.NONE;
        }
        return facts(day(all.get(0).at()), touchpoints.reactionsOfClientSince(clientId, yearAgo));
    }

    private Facts facts(@Nullable LocalDate last, List<ReactionRow> newestFirst) {
        Instant monthAgo = Instant.now(clock).minus(30, ChronoUnit.DAYS);
        List<Integer> ratings = new ArrayList<>();
        int negative = 0;
        for (ReactionRow r : newestFirst) {
            if (r.rating() != null && ratings.size() < RATINGS) {
                ratings.add(r.rating());
            }
            boolean bad = Sentiment.NEGATIVE.name().equals(r.sentiment()) || (r.rating() != null && r.rating() <= 2);
            if (bad && !r.at().isBefore(monthAgo)) {
                negative++;
            }
        }
        return new Facts(last, List.copyOf(ratings), negative);
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }
}
