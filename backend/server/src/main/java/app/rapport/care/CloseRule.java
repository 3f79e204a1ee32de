package app.rapport.care;

import app.rapport.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;

/**
 * Who may complete or skip a care action: tenant admins and account managers any action; service staff only their
 * own and the unowned ones waiting in the service-staff queue.
 */
final class CloseRule {
    private CloseRule() {}

    static boolean mayClose(@Nullable String owner, String ownerRole, String user, String userRole) {
        String staff = Roles.tenantRoleName(Roles.SERVICE_STAFF);
        if (!staff.equals(userRole)) {
            return true;
        }
        return user.equals(owner) || (owner == null && staff.equals(ownerRole));
    }
}
