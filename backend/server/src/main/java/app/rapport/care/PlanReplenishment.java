package app.rapport.care;

import app.rapport.api.care.CareActionView;
import app.rapport.api.care.CareKind;
import app.rapport.api.care.CareSource;
import app.rapport.api.care.CareStatus;
import app.rapport.api.care.ReplenishmentPlan;
import app.rapport.api.common.ServiceLevel;
import app.rapport.api.onetoone.ReplenishmentItem;
import app.rapport.onetoone.Consumption;
import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plans the care actions the replenishment list asks for: one open REPLENISHMENT action per client and product. */
@Singleton
public class PlanReplenishment {
    /** Days before the run-out day that a replenishment action falls due. */
    static final int LEAD_DAYS = 2;

    private final CareActionRepository actions;
    private final CareActions careActions;
    private final Consumption consumption;
    private final Clock clock;

    PlanReplenishment(CareActionRepository actions, CareActions careActions, Consumption consumption, Clock clock) {
        this.actions = actions;
        this.careActions = careActions;
        this.consumption = consumption;
        this.clock = clock;
    }

    /**
     * Plans a REPLENISHMENT action for every client and product on the replenishment list that has none open: due
     * {@value #LEAD_DAYS} days before the run-out day (today when that has passed), titled with the product.
     */
    @Transactional
    public ReplenishmentPlan run(@Nullable Integer withinDays) {
        LocalDate today = LocalDate.now(clock);
        int already = 0;
        List<CareActionView> created = new ArrayList<>();
        for (ReplenishmentItem item : consumption.replenishment(withinDays)) {
            if (actions.existsByClientIdAndSourceAndSourceRefAndStatus(
                    item.clientId(), CareSource.FORECAST, item.productId(), CareStatus.PLANNED)) {
                already++;
                continue;
            }
            LocalDate due = item.runOutOn().minusDays(LEAD_DAYS);
            created.add(careActions.schedule(
                    new CareActions.Plan(
                            item.clientId(),
                            CareKind.REPLENISHMENT,
                            item.productName(),
                            null,
                            due.isBefore(today) ? today : due,
                            Roles.tenantRoleName(Roles.ACCOUNT_MANAGER),
                            CareSource.FORECAST,
                            item.productId(),
                            null,
                            null,
                            ServiceLevel.EXPECTED),
                    null));
        }
        return new ReplenishmentPlan(created.size(), already, created);
    }
}
