package app.rapport.care;

import app.rapport.api.care.CareStatus;
import app.rapport.api.care.OwnerStats;
import app.rapport.api.common.ServiceLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The team view's figures. An action is on time when it was done on or before its due date (UTC day of closing);
 * on-time rate = on time ÷ done; SURPRISE share = done with SURPRISE delivered ÷ done. Skipped actions count as
 * skipped, never as done; open actions past their due date count as overdue for their owner. Rates have three
 * decimals and are null when nothing was done.
 */
final class TeamFigures {
    private TeamFigures() {}

    private static final class Tally {
        int done;
        int onTime;
        int skipped;
        int overdue;
        int surprise;

        void add(Tally t) {
            done += t.done;
            onTime += t.onTime;
            skipped += t.skipped;
            overdue += t.overdue;
            surprise += t.surprise;
        }

        OwnerStats stats(String owner) {
            return new OwnerStats(
                    owner, done, onTime, rate(onTime, done), skipped, overdue, surprise, rate(surprise, done));
        }
    }

    /** Per owner (alphabetical, unowned last) and for the whole team. */
    record Result(List<OwnerStats> owners, OwnerStats team) {}

    static Result of(List<CareActionRow> closed, List<CareActionRow> overdue, ZoneId zone) {
        Map<String, Tally> byOwner = new TreeMap<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        for (CareActionRow a : closed) {
            Tally t = byOwner.computeIfAbsent(ownerOf(a), k -> new Tally());
            if (a.status() == CareStatus.DONE) {
                t.done++;
                if (OnTimePolicy.onTime(Objects.requireNonNull(a.closedAt()), a.dueOn(), zone)) {
                    t.onTime++;
                }
                if (a.deliveredLevel() == ServiceLevel.SURPRISE) {
                    t.surprise++;
                }
            } else if (a.status() == CareStatus.SKIPPED) {
                t.skipped++;
            }
        }
        for (CareActionRow a : overdue) {
            byOwner.computeIfAbsent(a.owner(), k -> new Tally()).overdue++;
        }
        Tally team = new Tally();
        List<OwnerStats> owners = new ArrayList<>();
        byOwner.forEach((owner, t) -> {
            team.add(t);
            owners.add(t.stats(owner));
        });
        return new Result(owners, team.stats(null));
    }

    /** Closed work counts for whoever owned it, or whoever closed it when it waited without an owner. */
    private static String ownerOf(CareActionRow a) {
        return a.owner() != null ? a.owner() : a.closedBy();
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
