package app.rapport.support;

import app.rapport.api.benchmark.Dimension;
import app.rapport.api.benchmark.Direction;
import app.rapport.api.benchmark.MetricSource;
import app.rapport.api.benchmark.TargetWrite;
import app.rapport.api.blueprint.BlueprintImport;
import app.rapport.api.blueprint.Lane;
import app.rapport.api.blueprint.StepWrite;
import app.rapport.api.care.TouchpointWrite;
import app.rapport.api.common.Channel;
import app.rapport.api.common.TenantRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Blueprints and benchmark targets the tests build on. */
public final class DesignFixtures {
    public static final String GREET = "Greet the guest";
    public static final String CHECK = "Check the booking";
    public static final String KEY = "Hand over the key";

    private DesignFixtures() {}

    public static StepWrite step(Lane lane, int col, String name, Integer target, boolean failPoint, boolean tp) {
        return new StepWrite(lane, col, name, null, TenantRole.SERVICE_STAFF, target, null, failPoint, tp, null);
    }

    /**
     * A six-step hotel check-in that passes the check: the guest arrives and is greeted (a 2-minute touchpoint),
     * the booking is checked back stage (4 minutes, a fail point) against the reservation system, the key is
     * handed over (a 3-minute touchpoint) and the guest goes to the room.
     */
    public static BlueprintImport hotelCheckIn(String name) {
        return new BlueprintImport(
                name,
                "From the door to the room",
                List.of(
                        step(Lane.CLIENT_ACTIONS, 1, "Arrive at reception", null, false, false),
                        step(Lane.FRONT_STAGE, 1, GREET, 2, false, true),
                        step(Lane.BACK_STAGE, 2, CHECK, 4, true, false),
                        step(Lane.SUPPORT_PROCESSES, 2, "Reservation system", null, false, false),
                        step(Lane.FRONT_STAGE, 3, KEY, 3, false, true),
                        step(Lane.CLIENT_ACTIONS, 3, "Take the key to the room", null, false, false)),
                List.of(
                        new BlueprintImport.Flow(0, 1),
                        new BlueprintImport.Flow(1, 2),
                        new BlueprintImport.Flow(3, 2),
                        new BlueprintImport.Flow(2, 4),
                        new BlueprintImport.Flow(4, 5)));
    }

    public static TouchpointWrite touchpoint(String clientId, String stepId, Integer minutes, Integer rating) {
        return new TouchpointWrite(
                clientId, Channel.COUNTER, "Checked in", null, minutes, rating, null, null, null, stepId, null);
    }

    /** A manual target of the credit-card case (seed 004), in days, lower is better. */
    public static TargetWrite days(
            String metric,
            Dimension dimension,
            int baseline,
            LocalDate baselineOn,
            int target,
            LocalDate dueOn,
            String competitor,
            int competitorValue,
            String owner) {
        return new TargetWrite(
                metric,
                MetricSource.MANUAL,
                null,
                dimension,
                "days",
                Direction.LOWER_IS_BETTER,
                BigDecimal.valueOf(baseline),
                baselineOn,
                competitor,
                competitor == null ? null : BigDecimal.valueOf(competitorValue),
                competitor == null ? null : "industry survey",
                BigDecimal.valueOf(target),
                dueOn,
                owner,
                null);
    }

    /** A computed target: baseline 30 days ago, due in 30 days, so that the line stands halfway today. */
    public static TargetWrite computed(
            String metric, MetricSource source, String stepId, String baseline, String target, String owner) {
        return new TargetWrite(
                metric,
                source,
                stepId,
                Dimension.TIMELINESS,
                null,
                null,
                new BigDecimal(baseline),
                LocalDate.now().minusDays(30),
                null,
                null,
                null,
                new BigDecimal(target),
                LocalDate.now().plusDays(30),
                owner,
                null);
    }
}
