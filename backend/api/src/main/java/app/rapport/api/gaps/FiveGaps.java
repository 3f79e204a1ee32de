package app.rapport.api.gaps;

import app.rapport.api.common.Translated;
import app.rapport.api.survey.ServqualDimension;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The five gaps over the tenant's calendar days {@code from}–{@code to}. On SERVQUAL's 7-point scale, per dimension
 * and as the mean of the five dimensions (null unless all five have figures):
 * <ul>
 *   <li>gap 1 = M − E: what members believe clients expect (M) minus what clients said they expect (E);
 *   <li>gap 2 = S − M: how fully the standards specify it (S) minus M;
 *   <li>gap 5 = P − E: SERVQUAL's perception minus expectation, after the 1988 reversal.
 * </ul>
 * As shares of what was due: gap 3, delivery against the standards — touchpoints at a blueprint step with a standard
 * time that took no longer; gap 4, delivery against what the tiers promise — service-level milestones met and care
 * check-ins of the tier's cadence done by their due day. Each member counts with their latest answers in the
 * period; each client with each SERVQUAL answer.
 */
@Serdeable
public record FiveGaps(
        LocalDate from,
        LocalDate to,
        Members members,
        List<Dimension> dimensions,
        Scale gap1,
        Scale gap2,
        Share gap3,
        Share gap4,
        Scale gap5,
        Share slaMet,
        Share checkIns,
        List<ServiceShare> services,
        List<TierPromises> tiers) {

    /** Members who answered the questionnaire in the period: admins and account managers, service staff. */
    @Serdeable
    public record Members(int answered, int management, int frontLine) {}

    /**
     * One dimension: the clients' mean expectation E and perception P (1–7, scored as positively worded), the
     * members' mean M (what clients expect) and S (how fully the standards specify it), and its three scale gaps.
     */
    @Serdeable
    public record Dimension(
            ServqualDimension dimension,
            @Nullable Double expected,
            @Nullable Double perceived,
            @Nullable Double believed,
            @Nullable Double specified,
            @Nullable Double gap1,
            @Nullable Double gap2,
            @Nullable Double gap5) {}

    /** A gap on the 7-point scale, and how many clients' and members' answers it came from. */
    @Serdeable
    public record Scale(@Nullable Double gap, int clients, int members) {}

    /** Of {@code n} due, {@code kept} were delivered as specified or promised; {@code share} null when none was due. */
    @Serdeable
    public record Share(int kept, int n, @Nullable Double share) {
        public static Share of(int kept, int n) {
            return new Share(kept, n, n == 0 ? null : (double) kept / n);
        }
    }

    /** Gap 3 of one service (blueprint): touchpoints within the standard time of their step, of those measured. */
    @Serdeable
    public record ServiceShare(String blueprintId, String name, Translated nameTranslations, Share within) {}

    /**
     * Gap 4 of one tier (null: clients in no tier): its service-level milestones met and its cadence check-ins kept.
     * Milestones count under the client's tier today; a check-in under the tier whose cadence planned it.
     */
    @Serdeable
    public record TierPromises(@Nullable String tierId, Share slaMet, Share checkIns) {}
}
