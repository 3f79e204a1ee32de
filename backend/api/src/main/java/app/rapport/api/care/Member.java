package app.rapport.api.care;

import app.rapport.api.common.TenantRole;
import io.micronaut.serde.annotation.Serdeable;

/** A person of the tenant who can own clients and care actions; role is TENANT_ADMIN, ACCOUNT_MANAGER or SERVICE_STAFF. */
@Serdeable
public record Member(String username, String name, TenantRole role) {}
