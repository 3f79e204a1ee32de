package app.rapport.complaint;

import java.util.Set;

/**
 * The reader as the complaint policies see them: username, role in the tenant (TENANT_ADMIN, ACCOUNT_MANAGER,
 * SERVICE_STAFF), the departments they lead and the departments they work in.
 */
record Handler(String username, String role, Set<String> leads, Set<String> worksIn) {
    boolean isAdmin() {
        return "TENANT_ADMIN".equals(role);
    }

    boolean isManager() {
        return "ACCOUNT_MANAGER".equals(role);
    }

    boolean leads(String departmentId) {
        return departmentId != null && leads.contains(departmentId);
    }

    boolean worksIn(String departmentId) {
        return departmentId != null && (leads.contains(departmentId) || worksIn.contains(departmentId));
    }
}
