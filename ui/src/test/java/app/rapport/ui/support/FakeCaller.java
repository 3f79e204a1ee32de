package app.rapport.ui.support;

import app.rapport.api.benchmark.TargetView;
import app.rapport.api.care.CareActionView;
import app.rapport.api.common.TenantRole;
import app.rapport.ui.platform.Beans;
import app.rapport.ui.platform.security.CurrentUser;
import app.rapport.ui.platform.security.SignedInUser;
import java.util.Optional;

/**
 * The fakes answer as the server does for whoever is signed in: the permissions a view carries ({@code mayClose},
 * {@code mayChange}) are the server's rules, said once more here because the fakes stand in for the server.
 */
final class FakeCaller {
    private FakeCaller() {}

    static Optional<SignedInUser> current() {
        try {
            return Beans.context().getBean(CurrentUser.class).get();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Admins and account managers close any action; staff their own and the staff queue's. */
    static CareActionView withPermission(CareActionView a) {
        boolean may = current()
                .map(u -> u.hasAny(SignedInUser.TENANT_ADMIN, SignedInUser.ACCOUNT_MANAGER)
                        || u.username().equals(a.owner())
                        || (a.owner() == null && a.ownerRole() == TenantRole.SERVICE_STAFF))
                .orElse(true);
        return new CareActionView(
                a.id(),
                a.clientId(),
                a.clientName(),
                a.kind(),
                a.title(),
                a.instructions(),
                a.dueOn(),
                a.owner(),
                a.ownerRole(),
                a.source(),
                a.sourceRef(),
                a.status(),
                a.aimedLevel(),
                a.deliveredLevel(),
                a.stage(),
                a.outcome(),
                a.closeReason(),
                a.closeCode(),
                a.closedAt(),
                a.closedBy(),
                a.createdAt(),
                a.createdBy(),
                may);
    }

    /** Admins change any target, account managers their own. */
    static TargetView withPermission(TargetView t) {
        boolean may = current()
                .map(u -> u.hasAny(SignedInUser.TENANT_ADMIN) || u.username().equals(t.owner()))
                .orElse(true);
        return new TargetView(
                t.id(),
                t.metric(),
                t.source(),
                t.stepLineageId(),
                t.stepName(),
                t.dimension(),
                t.unit(),
                t.direction(),
                t.baselineValue(),
                t.baselineOn(),
                t.competitorName(),
                t.competitorValue(),
                t.competitorSource(),
                t.targetValue(),
                t.dueOn(),
                t.owner(),
                t.status(),
                t.judgedOn(),
                t.expected(),
                t.actual(),
                t.progress(),
                t.measurements(),
                t.createdAt(),
                t.createdBy(),
                may,
                t.metricTranslations(),
                t.servqualDimension());
    }
}
